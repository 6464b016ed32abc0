export const id = 554;
export const ids = [554];
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


/***/ }),

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BUILD_LOOKBACK_MS: () => (/* binding */ BUILD_LOOKBACK_MS),
/* harmony export */   createBuildKind: () => (/* binding */ createBuildKind)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4774);
/* harmony import */ var _adaptive_retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5625);
/* harmony import */ var _batch_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4554);
/* harmony import */ var _build_status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9069);
// CodeBuild builds.






/** BatchGetBuilds takes at most 100 IDs. */
const BATCH_LIMIT = 100;
/**
 * A build can run for at most 36 hours (timeoutInMinutes 2160) after at most 8 hours queued
 * (queuedTimeoutInMinutes 480): one that started longer ago than that cannot still be running, so
 * the newest-first listing stops there instead of reading the project's whole history.
 */
const BUILD_LOOKBACK_MS = (36 + 8) * 3_600_000;
function createBuildKind(config) {
    const client = new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .CodeBuildClient */ .bex({ ...config, ...(0,_adaptive_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .adaptiveRetry */ .Z)() });
    async function batchGet(ids, abortSignal) {
        return (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .readInChunks */ .kT)(ids, BATCH_LIMIT, async (chunk) => {
            const out = await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .BatchGetBuildsCommand */ .zZb({ ids: chunk }), { abortSignal });
            return out.builds ?? [];
        });
    }
    const kind = {
        kind: 'build',
        stopPermission: 'codebuild:StopBuild',
        readPermission: 'codebuild:BatchGetBuilds',
        async stop(ref) {
            let build;
            try {
                build = (await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .StopBuildCommand */ .aWR({ id: ref.id }))).build;
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)('stop', ref, config.region, kind.stopPermission, error);
            }
            return (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBuildStopResult */ .Jk)(ref, config.region, 'build', build?.buildStatus, build?.currentPhase);
        },
        async readStatuses(refs, abortSignal) {
            const builds = await batchGet(refs.map(r => r.id), abortSignal);
            return (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .readsOf */ .JP)(refs, builds, b => b.id, b => (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBuildSnapshot */ .aq)(b.buildStatus, b.currentPhase), id => (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .notFound */ .mX)('CodeBuild', 'build', id));
        },
        async find(query, now) {
            const project = query.project ?? '';
            let permission = 'codebuild:ListBuildsForProject';
            try {
                const { items, summary } = await (0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .readBackTo */ .ro)({
                    page: async (nextToken) => {
                        permission = 'codebuild:ListBuildsForProject';
                        // Newest first is the default order; asking for it explicitly is an error on
                        // projects with more than 100 builds.
                        const page = await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_3__/* .ListBuildsForProjectCommand */ .nXI({ projectName: project, nextToken }));
                        permission = kind.readPermission;
                        return { items: await batchGet(page.ids ?? []), nextToken: page.nextToken };
                    },
                    startedAt: build => build.startTime?.getTime(),
                    since: now - BUILD_LOOKBACK_MS,
                    now,
                    noun: 'build'
                });
                const found = items
                    .filter(build => build.id && build.buildStatus === 'IN_PROGRESS')
                    .map(build => ({
                    ref: { kind: 'build', id: build.id ?? '' },
                    status: 'IN_PROGRESS',
                    ...(build.startTime ? { startedAt: build.startTime.getTime() } : {}),
                    where: `project ${(0,_log_js__WEBPACK_IMPORTED_MODULE_1__/* .oneLine */ .TN)(build.projectName ?? project)}`,
                    commitFields: (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .codeBuildCommitFields */ .gR)(build)
                }));
                return {
                    found,
                    scope: `Project ${project}: ${summary}. Builds are read back to ${(0,_batch_js__WEBPACK_IMPORTED_MODULE_5__/* .ago */ .KN)(BUILD_LOOKBACK_MS)} ago at most: ` +
                        'CodeBuild ends a build after 36 h and a queued one after 8 h.'
                };
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .wrapAwsError */ .AH)('find', (0,_build_status_js__WEBPACK_IMPORTED_MODULE_2__/* .projectSubject */ .gy)('builds', project), config.region, permission, error);
            }
        }
    };
    return kind;
}


/***/ })

};

//# sourceMappingURL=554.index.js.map