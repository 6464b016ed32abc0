import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a}from"./chunk-QAJK3VBJ.js";import"./chunk-DZ6BWMJE.js";export default a();
//# sourceMappingURL=http-QECSUPCL.js.map
