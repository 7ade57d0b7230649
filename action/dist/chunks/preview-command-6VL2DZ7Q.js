import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PREVIEW_HELP,
  previewCommand
} from "./chunk-MLGDPIX3.js";
import "./chunk-4O2IXOKA.js";
import "./chunk-UMEZCFHB.js";
import "./chunk-HSP3AYTZ.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-DFMIJHNJ.js";
import "./chunk-XKWMTOEU.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-VHUIDS5E.js";
import "./chunk-J2K7M5YC.js";
import "./chunk-5SILHX7E.js";
import "./chunk-7PZL3MKV.js";
import "./chunk-IWTBL2XH.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import "./chunk-ZOYE3NMX.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-SU5QNOYE.js";
import "./chunk-VM6AGJFW.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-YWLX4VJT.js";
import "./chunk-2DRRQAKG.js";
import "./chunk-QKSMSPLC.js";
export {
  PREVIEW_HELP,
  previewCommand
};
