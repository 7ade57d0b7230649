import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  NEW_HELP,
  newCommand,
  scaffold
} from "./chunk-GSBJUET3.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-VD2WPKFG.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-QKSMSPLC.js";
export {
  NEW_HELP,
  newCommand,
  scaffold
};
