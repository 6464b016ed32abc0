import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as e,b as r}from"./chunk-IMS6GREI.js";var p=r((s,i)=>{i.exports=e("node:os")});var q=r((t,o)=>{o.exports=e("node:path")});export{p as a,q as b};
//# sourceMappingURL=chunk-A753PDPN.js.map
