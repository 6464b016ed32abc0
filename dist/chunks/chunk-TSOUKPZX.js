import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as r,b as i}from"./chunk-DZ6BWMJE.js";var o=i((p,e)=>{e.exports=r("node:child_process")});export{o as a};
//# sourceMappingURL=chunk-TSOUKPZX.js.map
