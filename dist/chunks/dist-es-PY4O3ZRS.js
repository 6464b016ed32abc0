import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{D as a,S as b,T as c,U as d}from"./chunk-YWJ6NIJ5.js";import"./chunk-I4MAIRDP.js";import"./chunk-IMS6GREI.js";export{b as DEFAULT_REQUEST_TIMEOUT,d as NodeHttp2Handler,c as NodeHttpHandler,a as streamCollector};
//# sourceMappingURL=dist-es-PY4O3ZRS.js.map
