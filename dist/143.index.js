export const id = 143;
export const ids = [143];
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

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RUNNING_DEPLOYMENT: () => (/* binding */ RUNNING_DEPLOYMENT),
/* harmony export */   createDeploymentKind: () => (/* binding */ createDeploymentKind),
/* harmony export */   deploymentCommitFields: () => (/* binding */ deploymentCommitFields),
/* harmony export */   instanceCounts: () => (/* binding */ instanceCounts)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7507);
/* harmony import */ var _adaptive_retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(25);
/* harmony import */ var _console_links_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2274);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4554);
// CodeDeploy deployments. StopDeployment answers for the stop request (Pending/Succeeded), not for
// the deployment, so its status is passed through verbatim and the deployment's own status comes
// only from a status read.






const TERMINAL = ['Succeeded', 'Failed', 'Stopped'];
/** Still running: `Ready` is a blue/green deployment waiting for its traffic to be rerouted. */
const RUNNING_DEPLOYMENT = ['Created', 'Queued', 'InProgress', 'Baking', 'Ready'];
/** BatchGetDeployments takes at most 25 IDs (BatchLimitExceededException beyond). */
const BATCH_LIMIT = 25;
function createDeploymentKind(config) {
    const client = new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .CodeDeployClient */ .cHd({ ...config, ...(0,_adaptive_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .adaptiveRetry */ .Z)() });
    async function batchGet(ids, abortSignal) {
        return (0,_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .readInChunks */ .kT)(ids, BATCH_LIMIT, async (chunk) => {
            const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .BatchGetDeploymentsCommand */ .ARk({ deploymentIds: chunk }), {
                abortSignal
            });
            return out.deploymentsInfo ?? [];
        });
    }
    const kind = {
        kind: 'deployment',
        stopPermission: 'codedeploy:StopDeployment',
        readPermission: 'codedeploy:BatchGetDeployments',
        async stop(ref, options) {
            const url = (0,_console_links_js__WEBPACK_IMPORTED_MODULE_5__/* .consoleUrl */ .B)(ref, config.region);
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
        async readStatuses(refs, abortSignal) {
            const infos = await batchGet(refs.map(r => r.id), abortSignal);
            return (0,_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .readsOf */ .JP)(refs, infos, info => info.deploymentId, snapshotOf, id => (0,_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .notFound */ .mX)('CodeDeploy', 'deployment', id));
        },
        async find(query) {
            const application = query.application ?? '';
            const where = query.deploymentGroup
                ? `deployment group ${query.deploymentGroup} of application ${application}`
                : `application ${application}`;
            const subject = {
                what: `the running deployments of ${where}`,
                label: 'CodeDeploy application',
                check: 'the "application" and "deployment-group" inputs',
                inputs: 'the "application" and "deployment-group" inputs'
            };
            let permission = 'codedeploy:ListDeploymentGroups';
            try {
                // ListDeployments takes an application only together with one of its groups.
                const groups = query.deploymentGroup
                    ? [query.deploymentGroup]
                    : await (0,_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .allPages */ .S4)(async (nextToken) => {
                        const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .ListDeploymentGroupsCommand */ .XOe({ applicationName: application, nextToken }));
                        return { items: out.deploymentGroups, nextToken: out.nextToken };
                    });
                permission = 'codedeploy:ListDeployments';
                const ids = (await Promise.all(groups.map(group => (0,_batch_js__WEBPACK_IMPORTED_MODULE_4__/* .allPages */ .S4)(async (nextToken) => {
                    const out = await client.send(new _aws_sdk_client_codedeploy__WEBPACK_IMPORTED_MODULE_2__/* .ListDeploymentsCommand */ .sr8({
                        applicationName: application,
                        deploymentGroupName: group,
                        includeOnlyStatuses: RUNNING_DEPLOYMENT,
                        nextToken
                    }));
                    return { items: out.deployments, nextToken: out.nextToken };
                })))).flat();
                permission = kind.readPermission;
                // The list says only the IDs: the commit and the start come from the deployments.
                const infos = await batchGet([...new Set(ids)]);
                const found = infos
                    .filter(info => info.deploymentId && RUNNING_DEPLOYMENT.includes(info.status ?? ''))
                    .map(info => ({
                    ref: { kind: 'deployment', id: info.deploymentId ?? '' },
                    status: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.status ?? ''),
                    ...(info.createTime ? { startedAt: info.createTime.getTime() } : {}),
                    where: `${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.applicationName ?? application)}/${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.deploymentGroupName ?? '')}`,
                    commitFields: deploymentCommitFields(info)
                }));
                const groupWords = query.deploymentGroup
                    ? `deployment group ${query.deploymentGroup}`
                    : `${groups.length} deployment group${groups.length === 1 ? '' : 's'} of application ${application}`;
                return {
                    found,
                    scope: `Listed the ${RUNNING_DEPLOYMENT.join(', ')} deployments of ${groupWords}: ${ids.length} listed.`
                };
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapAwsError */ .AH)('find', subject, config.region, permission, error);
            }
        }
    };
    return kind;
}
function snapshotOf(info) {
    const status = (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.status ?? 'Unknown');
    return {
        status,
        terminal: TERMINAL.includes(status),
        stopped: status === 'Stopped',
        detail: instanceCounts(info.deploymentOverview),
        ...(info.rollbackInfo?.rollbackDeploymentId
            ? { rollbackDeploymentId: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.rollbackInfo.rollbackDeploymentId) }
            : {}),
        ...(info.rollbackInfo?.rollbackMessage
            ? { rollbackMessage: (0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(info.rollbackInfo.rollbackMessage) }
            : {})
    };
}
/** Where a deployment may name its commit: a GitHub revision's commitId, an S3 key, the description. */
function deploymentCommitFields(info) {
    const fields = [];
    const revision = info.revision;
    if (revision?.gitHubLocation?.commitId)
        fields.push({ label: 'GitHub commitId', value: revision.gitHubLocation.commitId });
    if (revision?.s3Location?.key)
        fields.push({ label: 'S3 key', value: revision.s3Location.key });
    if (info.description)
        fields.push({ label: 'description', value: info.description });
    return fields;
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