import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
throw new Error("@smithy/core/event-streams is not in this bundle: no operation this action calls has an event stream (scripts/build.js)");
//# sourceMappingURL=event-streams-Q5IKUSZG.js.map
