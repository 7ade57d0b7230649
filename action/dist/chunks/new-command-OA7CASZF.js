import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  NEW_HELP,
  newCommand,
  scaffold
} from "./chunk-2P2YZV5A.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-DFMIJHNJ.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-SU5QNOYE.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-QKSMSPLC.js";
export {
  NEW_HELP,
  newCommand,
  scaffold
};
