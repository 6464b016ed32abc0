export const id = 143;
export const ids = [143];
export const modules = {

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createDeploymentKind: () => (/* binding */ createDeploymentKind),
/* harmony export */   instanceCounts: () => (/* binding */ instanceCounts)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7507);
/* harmony import */ var _console_links_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2274);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
// CodeDeploy deployments. StopDeployment answers for the stop request (Pending/Succeeded), not for
// the deployment, so its status is passed through verbatim and the deployment's own status comes
// only from GetDeployment.




const TERMINAL = ['Succeeded', 'Failed', 'Stopped'];
function createDeploymentKind(config) {
    const client = new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .CodeDeployClient */ .cHd(config);
    const kind = {
        kind: 'deployment',
        stopPermission: 'codedeploy:StopDeployment',
        readPermission: 'codedeploy:GetDeployment',
        async stop(ref, options) {
            const url = (0,_console_links_js__WEBPACK_IMPORTED_MODULE_3__/* .consoleUrl */ .B)(ref, config.region);
            try {
                const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .StopDeploymentCommand */ .NzN({
                    deploymentId: ref.id,
                    // Absent means "as the deployment group is configured"; false would override it.
                    ...(options.rollback === undefined ? {} : { autoRollbackEnabled: options.rollback })
                }));
                const status = out.status ?? 'Pending';
                return {
                    ref,
                    status,
                    statusMessage: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(out.statusMessage || `CodeDeploy answered the stop with ${status}.`),
                    consoleUrl: url
                };
            }
            catch (error) {
                if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorName */ .ZH)(error) === 'DeploymentAlreadyCompletedException') {
                    return {
                        ref,
                        status: 'AlreadyCompleted',
                        statusMessage: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsErrorMessage */ .X_)(error) || 'The deployment had already completed.'),
                        consoleUrl: url
                    };
                }
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)('stop', ref, config.region, kind.stopPermission, error);
            }
        },
        async readStatus(ref, abortSignal) {
            const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .GetDeploymentCommand */ .Tvn({ deploymentId: ref.id }), {
                abortSignal
            });
            const info = out.deploymentInfo;
            const status = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info?.status ?? 'Unknown');
            return {
                status,
                terminal: TERMINAL.includes(status),
                stopped: status === 'Stopped',
                detail: instanceCounts(info?.deploymentOverview),
                ...(info?.rollbackInfo?.rollbackDeploymentId
                    ? { rollbackDeploymentId: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.rollbackInfo.rollbackDeploymentId) }
                    : {}),
                ...(info?.rollbackInfo?.rollbackMessage
                    ? { rollbackMessage: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.rollbackInfo.rollbackMessage) }
                    : {})
            };
        }
    };
    return kind;
}
/** "instances: 2 succeeded, 1 in progress" from deploymentOverview, leaving out zero counts. */
function instanceCounts(overview) {
    if (!overview)
        return '';
    const parts = [
        [overview.Succeeded, 'succeeded'],
        [overview.InProgress, 'in progress'],
        [overview.Pending, 'pending'],
        [overview.Ready, 'ready'],
        [overview.Failed, 'failed'],
        [overview.Skipped, 'skipped']
    ]
        .filter(([n]) => Number(n) > 0)
        .map(([n, what]) => `${n} ${what}`);
    return parts.length > 0 ? `instances: ${parts.join(', ')}` : '';
}


/***/ })

};

//# sourceMappingURL=143.index.js.map