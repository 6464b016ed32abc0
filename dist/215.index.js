export const id = 215;
export const ids = [215];
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

/***/ 215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createBuildBatchKind: () => (/* binding */ createBuildBatchKind)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4774);
/* harmony import */ var _adaptive_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4554);
/* harmony import */ var _build_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9069);
// CodeBuild build batches: the same rules as builds, through StopBuildBatch.






/** BatchGetBuildBatches takes at most 100 IDs. */
const BATCH_LIMIT = 100;
function createBuildBatchKind(config) {
    const client = new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .CodeBuildClient */ .bex({ ...config, ...(0,_adaptive_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .adaptiveRetry */ .Z)() });
    async function batchGet(ids, abortSignal) {
        return (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .readInChunks */ .kT)(ids, BATCH_LIMIT, async (chunk) => {
            const out = await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .BatchGetBuildBatchesCommand */ .Y4d({ ids: chunk }), {
                abortSignal
            });
            return out.buildBatches ?? [];
        });
    }
    const kind = {
        kind: 'build-batch',
        stopPermission: 'codebuild:StopBuildBatch',
        readPermission: 'codebuild:BatchGetBuildBatches',
        async stop(ref) {
            let batch;
            try {
                batch = (await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .StopBuildBatchCommand */ .OLp({ id: ref.id }))).buildBatch;
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)('stop', ref, config.region, kind.stopPermission, error);
            }
            return (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBuildStopResult */ .Jk)(ref, config.region, 'build batch', batch?.buildBatchStatus, batch?.currentPhase);
        },
        async readStatuses(refs, abortSignal) {
            const batches = await batchGet(refs.map(r => r.id), abortSignal);
            return (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .readsOf */ .JP)(refs, batches, b => b.id, b => (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBuildSnapshot */ .aq)(b.buildBatchStatus, b.currentPhase), id => (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .notFound */ .mX)('CodeBuild', 'build batch', id));
        },
        async find(query) {
            const project = query.project ?? '';
            let permission = 'codebuild:ListBuildBatchesForProject';
            try {
                // Unlike builds, batches can be listed by status: only the running ones are read.
                const ids = await (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .allPages */ .S4)(async (nextToken) => {
                    const out = await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .ListBuildBatchesForProjectCommand */ .uVY({
                        projectName: project,
                        filter: { status: 'IN_PROGRESS' },
                        maxResults: 100,
                        nextToken
                    }));
                    return { items: out.ids, nextToken: out.nextToken };
                });
                permission = kind.readPermission;
                const batches = await batchGet(ids);
                return {
                    found: batches
                        .filter(b => b.id && b.buildBatchStatus === 'IN_PROGRESS')
                        .map(b => ({
                        ref: { kind: 'build-batch', id: b.id ?? '' },
                        status: 'IN_PROGRESS',
                        ...(b.startTime ? { startedAt: b.startTime.getTime() } : {}),
                        where: `project ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(b.projectName ?? project)}`,
                        commitFields: (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBuildCommitFields */ .gR)(b)
                    })),
                    scope: `Listed the IN_PROGRESS build batches of project ${project}: ${ids.length} listed.`
                };
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapAwsError */ .AH)('find', (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .projectSubject */ .gy)('build batches', project), config.region, permission, error);
            }
        }
    };
    return kind;
}


/***/ }),

/***/ 9069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ codeBuildStopResult),
/* harmony export */   aq: () => (/* binding */ codeBuildSnapshot),
/* harmony export */   gR: () => (/* binding */ codeBuildCommitFields),
/* harmony export */   gy: () => (/* binding */ projectSubject)
/* harmony export */ });
/* unused harmony export outcomeOfBuildStatus */
/* harmony import */ var _console_links_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2274);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5625);
// CodeBuild's StopBuild and StopBuildBatch answer with the build as it is now; that status alone
// decides the outcome, because nothing else in the answer says whether the stop took effect.


/** `what` is "build" or "build batch"; `phase` is CodeBuild's currentPhase, if any. */
function outcomeOfBuildStatus(what, buildStatus, phase) {
    switch (buildStatus) {
        case 'STOPPED':
            return { status: 'Succeeded', statusMessage: `The ${what} is stopped.` };
        case 'IN_PROGRESS':
            return {
                status: 'Pending',
                statusMessage: `CodeBuild accepted the stop; the ${what} is still IN_PROGRESS${phase ? ` (phase ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(phase)})` : ''}.`
            };
        case undefined:
        case '':
            return {
                status: 'Pending',
                statusMessage: `CodeBuild accepted the stop but did not report the ${what}'s status.`
            };
        default:
            return {
                status: 'AlreadyCompleted',
                statusMessage: `The ${what} had already finished with ${buildStatus}; nothing was stopped.`
            };
    }
}
/** The result of StopBuild / StopBuildBatch, from the status and phase it answered with. */
function codeBuildStopResult(ref, region, what, buildStatus, phase) {
    return {
        ref,
        ...outcomeOfBuildStatus(what, buildStatus, phase),
        ...(buildStatus ? { targetStatus: (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(buildStatus) } : {}),
        consoleUrl: (0,_console_links_js__WEBPACK_IMPORTED_MODULE_1__/* .consoleUrl */ .B)(ref, region)
    };
}
/** A status read of a build or batch: anything but IN_PROGRESS is the end. */
function codeBuildSnapshot(buildStatus, phase) {
    const status = (0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(buildStatus ?? 'Unknown');
    return {
        status,
        terminal: buildStatus !== undefined && buildStatus !== 'IN_PROGRESS',
        stopped: buildStatus === 'STOPPED',
        detail: phase ? `phase ${(0,_log_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(phase)}` : ''
    };
}
/** Where a build or batch names its commit: the commit CodeBuild resolved, and the version asked for. */
function codeBuildCommitFields(source) {
    const fields = [];
    if (source.resolvedSourceVersion)
        fields.push({ label: 'resolvedSourceVersion', value: source.resolvedSourceVersion });
    if (source.sourceVersion)
        fields.push({ label: 'sourceVersion', value: source.sourceVersion });
    return fields;
}
/** The find's subject, for error messages. */
function projectSubject(plural, project) {
    return {
        what: `the running ${plural} of project ${project}`,
        label: 'CodeBuild project',
        check: 'the "project" input',
        inputs: 'the "project" input'
    };
}


/***/ })

};

//# sourceMappingURL=215.index.js.map