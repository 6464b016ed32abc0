export const id = 554;
export const ids = [554];
export const modules = {

/***/ 9069:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ codeBuildStopResult),
/* harmony export */   aq: () => (/* binding */ codeBuildSnapshot),
/* harmony export */   mX: () => (/* binding */ notFound)
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
/** BatchGetBuilds reports unknown IDs in a list rather than as an error: make it one. */
function notFound(what, id) {
    const error = new Error(`CodeBuild does not find ${what} ${id}.`);
    error.name = 'ResourceNotFoundException';
    return error;
}


/***/ }),

/***/ 1554:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createBuildKind: () => (/* binding */ createBuildKind)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4774);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _build_status_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9069);
// CodeBuild builds.



function createBuildKind(config) {
    const client = new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .CodeBuildClient */ .bex(config);
    const kind = {
        kind: 'build',
        stopPermission: 'codebuild:StopBuild',
        readPermission: 'codebuild:BatchGetBuilds',
        async stop(ref) {
            let build;
            try {
                build = (await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .StopBuildCommand */ .aWR({ id: ref.id }))).build;
            }
            catch (error) {
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .Pp)('stop', ref, config.region, kind.stopPermission, error);
            }
            return (0,_build_status_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBuildStopResult */ .Jk)(ref, config.region, 'build', build?.buildStatus, build?.currentPhase);
        },
        async readStatus(ref, abortSignal) {
            const out = await client.send(new _aws_sdk_client_codebuild__WEBPACK_IMPORTED_MODULE_2__/* .BatchGetBuildsCommand */ .zZb({ ids: [ref.id] }), { abortSignal });
            const build = out.builds?.find(b => b.id === ref.id);
            if (!build)
                throw (0,_build_status_js__WEBPACK_IMPORTED_MODULE_1__/* .notFound */ .mX)('build', ref.id);
            return (0,_build_status_js__WEBPACK_IMPORTED_MODULE_1__/* .codeBuildSnapshot */ .aq)(build.buildStatus, build.currentPhase);
        }
    };
    return kind;
}


/***/ })

};

//# sourceMappingURL=554.index.js.map