import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./chunk-COEP72JW.js";import"./chunk-4V6XQ56W.js";import"./chunk-HJDJPRML.js";import"./chunk-VCZON4B3.js";import"./chunk-2LQWRKDS.js";import"./chunk-3CD63OLQ.js";import"./chunk-DZ6BWMJE.js";export{f as ENV_ACCOUNT_ID,e as ENV_CREDENTIAL_SCOPE,d as ENV_EXPIRATION,a as ENV_KEY,b as ENV_SECRET,c as ENV_SESSION,g as fromEnv};
//# sourceMappingURL=dist-es-SPKXNZES.js.map
