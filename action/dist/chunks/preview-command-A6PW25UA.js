import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  PREVIEW_HELP,
  previewCommand
} from "./chunk-PYUWRYPD.js";
import "./chunk-4O2IXOKA.js";
import "./chunk-PARR2UAD.js";
import "./chunk-HSP3AYTZ.js";
import "./chunk-BBA7K6XF.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-5O5CYTXJ.js";
import "./chunk-XKWMTOEU.js";
import "./chunk-WNDXE2OK.js";
import "./chunk-L3OVHFWK.js";
import "./chunk-VQMHMAWI.js";
import "./chunk-GYNSEHEG.js";
import "./chunk-QAULGZOP.js";
import "./chunk-X7U524YJ.js";
import "./chunk-XTXMGWOS.js";
import "./chunk-OOKYCR56.js";
import "./chunk-4NHJLLGC.js";
import "./chunk-ZI62ZNWL.js";
import "./chunk-XT3XOB4D.js";
import "./chunk-2H3IDGSP.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-7B676THY.js";
import "./chunk-3AXNMQ3Q.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-FPDVPSJU.js";
import "./chunk-JMTOTVEI.js";
import "./chunk-5DM3JAKB.js";
import "./chunk-IIS7LJDS.js";
export {
  PREVIEW_HELP,
  previewCommand
};
