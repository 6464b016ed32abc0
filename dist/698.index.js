export const id = 698;
export const ids = [698];
export const modules = {

/***/ 7698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createPipelineKind: () => (/* binding */ createPipelineKind),
/* harmony export */   runningActions: () => (/* binding */ runningActions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8232);
/* harmony import */ var _console_links_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2274);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
// CodePipeline executions. StopPipelineExecution returns only the execution ID: success means the
// execution is now stopping (or, with abandon, about to be stopped), never that it has stopped.




const TERMINAL = ['Stopped', 'Cancelled', 'Failed', 'Succeeded', 'Superseded'];
function createPipelineKind(config) {
    const client = new _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__/* .CodePipelineClient */ .pEs(config);
    /** The stages and actions of this execution still running: what a stop-and-wait waits for. */
    async function stillRunning(ref, abortSignal) {
        try {
            const state = await client.send(new _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__/* .GetPipelineStateCommand */ .dz2({ name: ref.pipelineName }), {
                abortSignal
            });
            return runningActions(state.stageStates ?? [], ref.id);
        }
        catch (error) {
            // Only a detail for the log: the execution's status is what the wait goes by.
            (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .debug */ .Yz)(`GetPipelineState failed: ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorMessage */ .X_)(error))}`);
            if (abortSignal?.aborted)
                throw error;
            return '';
        }
    }
    const kind = {
        kind: 'pipeline',
        stopPermission: 'codepipeline:StopPipelineExecution',
        readPermission: 'codepipeline:GetPipelineExecution',
        async stop(ref, options) {
            const url = (0,_console_links_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleUrl */ .B)(ref, config.region);
            try {
                await client.send(new _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__/* .StopPipelineExecutionCommand */ .krr({
                    pipelineName: ref.pipelineName,
                    pipelineExecutionId: ref.id,
                    abandon: options.abandon,
                    reason: options.reason
                }));
                return {
                    ref,
                    status: 'Pending',
                    statusMessage: options.abandon
                        ? 'CodePipeline accepted the stop: in-progress actions are abandoned.'
                        : 'CodePipeline accepted the stop: it waits for in-progress actions to finish, which can take a while.',
                    consoleUrl: url
                };
            }
            catch (error) {
                const name = (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error);
                if (name === 'PipelineExecutionNotStoppableException') {
                    return {
                        ref,
                        status: 'AlreadyCompleted',
                        statusMessage: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorMessage */ .X_)(error) || 'The execution is no longer in progress.'),
                        consoleUrl: url
                    };
                }
                if (name === 'DuplicatedStopRequestException') {
                    // Someone (or an earlier attempt of this step) already asked: the stop is under way.
                    return {
                        ref,
                        status: 'Pending',
                        statusMessage: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(`A stop is already under way: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorMessage */ .X_)(error) || 'CodePipeline reported a duplicated stop request.'}`),
                        consoleUrl: url
                    };
                }
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)('stop', ref, config.region, kind.stopPermission, error);
            }
        },
        async readStatus(ref, abortSignal) {
            const out = await client.send(new _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__/* .GetPipelineExecutionCommand */ .qZw({
                pipelineName: ref.pipelineName,
                pipelineExecutionId: ref.id
            }), { abortSignal });
            const status = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(out.pipelineExecution?.status ?? 'Unknown');
            return {
                status,
                terminal: TERMINAL.includes(status),
                stopped: status === 'Stopped',
                detail: status === 'Stopping' ? await stillRunning(ref, abortSignal) : ''
            };
        }
    };
    return kind;
}
/** "stage Deploy: action DeployProd InProgress" for this execution's running stages. */
function runningActions(stages, executionId) {
    const running = stages.filter(s => s.latestExecution?.pipelineExecutionId === executionId &&
        ['InProgress', 'Stopping'].includes(s.latestExecution.status ?? ''));
    return running
        .map(stage => {
        const actions = (stage.actionStates ?? [])
            .filter(a => a.latestExecution?.status === 'InProgress')
            .map(a => `action ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(a.actionName ?? '?')} ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(a.latestExecution?.status ?? '')}`);
        return `stage ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(stage.stageName ?? '?')}${actions.length ? `: ${actions.join(', ')}` : ''}`;
    })
        .join('; ');
}


/***/ })

};

//# sourceMappingURL=698.index.js.map