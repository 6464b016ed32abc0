import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as e,b as r}from"./chunk-IMS6GREI.js";var p=r((s,i)=>{i.exports=e("node:fs")});var q=r((t,o)=>{o.exports=e("node:crypto")});export{q as a,p as b};
//# sourceMappingURL=chunk-EBOXIOJ5.js.map
