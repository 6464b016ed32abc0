import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a,b,c,d,e,f,g}from"./chunk-YTEBNNV2.js";import"./chunk-2CEPP7SR.js";import"./chunk-IYKFVUT7.js";import"./chunk-A753PDPN.js";import"./chunk-XAIU5POX.js";import"./chunk-EBOXIOJ5.js";import"./chunk-IMS6GREI.js";export{f as ENV_ACCOUNT_ID,e as ENV_CREDENTIAL_SCOPE,d as ENV_EXPIRATION,a as ENV_KEY,b as ENV_SECRET,c as ENV_SESSION,g as fromEnv};
//# sourceMappingURL=dist-es-PGLW4I2G.js.map
