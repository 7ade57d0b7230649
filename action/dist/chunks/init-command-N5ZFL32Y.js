import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  INIT_HELP,
  checkTimezone,
  initCommand,
  parseMember
} from "./chunk-OB43NPP7.js";
import "./chunk-FG3BCAKT.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-D5V65JXJ.js";
import "./chunk-VI3XVR6Y.js";
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
