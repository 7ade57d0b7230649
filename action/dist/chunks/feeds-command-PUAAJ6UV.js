import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  FEEDS_HELP,
  feedsCommand
} from "./chunk-J27H7C4Z.js";
import "./chunk-NMEJ6P7K.js";
import "./chunk-74HDVKGH.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-DFMIJHNJ.js";
import "./chunk-KDVMNFOS.js";
import "./chunk-UGAMHB6D.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-3CHZTI3E.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-SU5QNOYE.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-YWLX4VJT.js";
import "./chunk-QKSMSPLC.js";
export {
  FEEDS_HELP,
  feedsCommand
};
