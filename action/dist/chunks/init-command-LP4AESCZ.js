import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  INIT_HELP,
  checkTimezone,
  initCommand,
  parseMember
} from "./chunk-VBB3RMIV.js";
import "./chunk-FZ5O5ROR.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import "./chunk-ZOYE3NMX.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-SU5QNOYE.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-HW6NH4IV.js";
import "./chunk-QKSMSPLC.js";
export {
  INIT_HELP,
  checkTimezone,
  initCommand,
  parseMember
};
