import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  INIT_HELP,
  checkTimezone,
  initCommand,
  parseMember
} from "./chunk-5JFCWQI3.js";
import "./chunk-F7ONEQIJ.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-GYNSEHEG.js";
import "./chunk-QAULGZOP.js";
import "./chunk-X7U524YJ.js";
import "./chunk-XTXMGWOS.js";
import "./chunk-4NHJLLGC.js";
import "./chunk-7B676THY.js";
import "./chunk-3AXNMQ3Q.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-4TPVSEPP.js";
import "./chunk-5DM3JAKB.js";
import "./chunk-IIS7LJDS.js";
export {
  INIT_HELP,
  checkTimezone,
  initCommand,
  parseMember
};
