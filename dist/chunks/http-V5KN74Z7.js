import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a}from"./chunk-EOYERAIT.js";import"./chunk-IMS6GREI.js";export default a();
//# sourceMappingURL=http-V5KN74Z7.js.map
