import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a as e,b as r}from"./chunk-IMS6GREI.js";var p=r((s,i)=>{i.exports=e("node:crypto")});var q=r((t,o)=>{o.exports=e("node:fs")});export{p as a,q as b};
//# sourceMappingURL=chunk-I4MAIRDP.js.map
