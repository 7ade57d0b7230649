import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  FEEDS_HELP,
  feedsCommand
} from "./chunk-3YHSK2MS.js";
import "./chunk-NMEJ6P7K.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-74HDVKGH.js";
import "./chunk-3CHZTI3E.js";
import "./chunk-VD2WPKFG.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-VI3XVR6Y.js";
import "./chunk-63TP3FNY.js";
import "./chunk-YXY5G25S.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-YWLX4VJT.js";
import "./chunk-QKSMSPLC.js";
export {
  FEEDS_HELP,
  feedsCommand
};
