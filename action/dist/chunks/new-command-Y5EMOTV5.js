import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  NEW_HELP,
  newCommand,
  scaffold
} from "./chunk-D7BAMLKG.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-5O5CYTXJ.js";
import "./chunk-XTXMGWOS.js";
import "./chunk-OOKYCR56.js";
import "./chunk-4NHJLLGC.js";
import "./chunk-3AXNMQ3Q.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-5DM3JAKB.js";
import "./chunk-IIS7LJDS.js";
export {
  NEW_HELP,
  newCommand,
  scaffold
};
