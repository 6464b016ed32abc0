import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import{a}from"./chunk-5WF743DR.js";import"./chunk-JOTHZTBP.js";export default a();
