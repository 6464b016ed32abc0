export const id = 698;
export const ids = [698];
export const modules = {

/***/ 25:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ adaptiveRetry)
/* harmony export */ });
/* harmony import */ var _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3609);
// Many stops at once on one client meet AWS's API rate limits. The SDK's adaptive retry mode puts
// a client-side rate limiter (CUBIC) in front of every call of the client, so that the calls slow
// to the rate AWS allows instead of each retrying on its own schedule. Its defaults back off to
// 0.7 of the rate that was throttled and regain speed slowly; with a deeper beta and a larger
// scale constant it settles closer to the limit (200 StopBuild calls against a limit of 25 a
// second: 9.3 s with the defaults, 8.3 s with these, for about as few throttled calls; see
// docs/benchmark.md). Loaded with the SDK client, not at start-up.

const DEFAULT_MAX_ATTEMPTS = 3;
/**
 * The client settings for adaptive retries, or none when AWS_RETRY_MODE chooses a mode: the SDK
 * then applies it (and AWS_MAX_ATTEMPTS) itself.
 */
function adaptiveRetry(env = process.env) {
    if (env.AWS_RETRY_MODE)
        return {};
    const attempts = Number(env.AWS_MAX_ATTEMPTS);
    const maxAttempts = Number.isInteger(attempts) && attempts > 0 ? attempts : DEFAULT_MAX_ATTEMPTS;
    return {
        retryStrategy: new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.AdaptiveRetryStrategy(async () => maxAttempts, {
            rateLimiter: new _smithy_core_retry__WEBPACK_IMPORTED_MODULE_0__.DefaultRateLimiter({ beta: 0.9, scaleConstant: 2 })
        })
    };
}


/***/ }),

/***/ 7698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PIPELINE_LOOKBACK_MS: () => (/* binding */ PIPELINE_LOOKBACK_MS),
/* harmony export */   PIPELINE_MAX_PAGES: () => (/* binding */ PIPELINE_MAX_PAGES),
/* harmony export */   createPipelineKind: () => (/* binding */ createPipelineKind),
/* harmony export */   runningActions: () => (/* binding */ runningActions)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8232);
/* harmony import */ var _adaptive_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25);
/* harmony import */ var _console_links_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2274);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4554);
// CodePipeline executions. StopPipelineExecution returns only the execution ID: success means the
// execution is now stopping (or, with abandon, about to be stopped), never that it has stopped.






const TERMINAL = ['Stopped', 'Cancelled', 'Failed', 'Succeeded', 'Superseded'];
/**
 * Executions are listed newest first, and CodePipeline keeps a year of them: the find stops at
 * executions that started more than 8 days ago. The longest wait CodePipeline itself builds in is a
 * manual approval, which times out after 7 days; an older execution still running is left to a
 * stop by ID.
 */
const PIPELINE_LOOKBACK_MS = 8 * 24 * 3_600_000;
/** And at most this many pages of 100, whatever their age. */
const PIPELINE_MAX_PAGES = 20;
function createPipelineKind(config) {
    const client = new _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__/* .CodePipelineClient */ .pEs({ ...config, ...(0,_adaptive_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .adaptiveRetry */ .Z)() });
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
    async function readOne(ref, abortSignal) {
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
    const kind = {
        kind: 'pipeline',
        stopPermission: 'codepipeline:StopPipelineExecution',
        readPermission: 'codepipeline:GetPipelineExecution',
        async stop(ref, options) {
            const url = (0,_console_links_js__WEBPACK_IMPORTED_MODULE_4__/* .consoleUrl */ .B)(ref, config.region);
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
        async readStatuses(refs, abortSignal) {
            // GetPipelineExecution reads one execution a call: one call per execution, in parallel.
            const reads = await Promise.all(refs.map(async (ref) => {
                try {
                    return [ref.id, await readOne(ref, abortSignal)];
                }
                catch (error) {
                    if (abortSignal?.aborted)
                        throw error;
                    return [ref.id, error instanceof Error ? error : new Error(String(error))];
                }
            }));
            return new Map(reads);
        },
        async find(query, now) {
            const pipelineName = query.pipelineName ?? '';
            const wanted = query.includeStopping ? ['InProgress', 'Stopping'] : ['InProgress'];
            try {
                const { items, summary } = await (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .readBackTo */ .ro)({
                    page: async (nextToken) => {
                        const page = await client.send(new _aws_sdk_client_codepipeline__WEBPACK_IMPORTED_MODULE_2__/* .ListPipelineExecutionsCommand */ .bni({ pipelineName, maxResults: 100, nextToken }));
                        return { items: page.pipelineExecutionSummaries ?? [], nextToken: page.nextToken };
                    },
                    startedAt: e => e.startTime?.getTime(),
                    since: now - PIPELINE_LOOKBACK_MS,
                    maxPages: PIPELINE_MAX_PAGES,
                    now,
                    noun: 'execution'
                });
                const found = items
                    .filter(e => e.pipelineExecutionId && wanted.includes(e.status ?? ''))
                    .map(e => ({
                    ref: { kind: 'pipeline', id: e.pipelineExecutionId ?? '', pipelineName },
                    status: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(e.status ?? ''),
                    ...(e.startTime ? { startedAt: e.startTime.getTime() } : {}),
                    where: `pipeline ${pipelineName}`,
                    commitFields: (e.sourceRevisions ?? [])
                        .filter(r => r.revisionId)
                        .map(r => ({
                        label: `source revision of action ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(r.actionName ?? '?')}`,
                        value: r.revisionId ?? ''
                    }))
                }));
                return {
                    found,
                    scope: `Pipeline ${pipelineName}: ${summary}, looking for ${wanted.join(' or ')}. ` +
                        `Executions are read back to ${(0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .ago */ .KN)(PIPELINE_LOOKBACK_MS)} ago and ${PIPELINE_MAX_PAGES * 100} executions at most.`
                };
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapAwsError */ .AH)('find', {
                    what: `the running executions of pipeline ${pipelineName}`,
                    label: 'pipeline',
                    check: 'the "pipeline-name" input',
                    inputs: 'the "pipeline-name" input'
                }, config.region, 'codepipeline:ListPipelineExecutions', error);
            }
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