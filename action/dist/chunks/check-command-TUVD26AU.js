import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  CHECK_HELP,
  checkCommand,
  checkRepo
} from "./chunk-VCBELIDK.js";
import "./chunk-HSP3AYTZ.js";
import "./chunk-AF2765VM.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-VD2WPKFG.js";
import "./chunk-3NJOCSMB.js";
import "./chunk-7D4YKRYP.js";
import "./chunk-5OAOWV7G.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-5SILHX7E.js";
import "./chunk-D5V65JXJ.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-C6CUBHRC.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-YWLX4VJT.js";
import "./chunk-2DRRQAKG.js";
import "./chunk-QKSMSPLC.js";
export {
  CHECK_HELP,
  checkCommand,
  checkRepo
};
