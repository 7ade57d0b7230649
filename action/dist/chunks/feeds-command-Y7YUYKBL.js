import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  FEEDS_HELP,
  feedsCommand
} from "./chunk-SALQQBP6.js";
import "./chunk-NMEJ6P7K.js";
import "./chunk-ULXHZYTN.js";
import "./chunk-74HDVKGH.js";
import "./chunk-3CHZTI3E.js";
import "./chunk-5O5CYTXJ.js";
import "./chunk-MS3IXOQT.js";
import "./chunk-XTXMGWOS.js";
import "./chunk-OOKYCR56.js";
import "./chunk-4NHJLLGC.js";
import "./chunk-RZ3CGBG7.js";
import "./chunk-3AXNMQ3Q.js";
import "./chunk-L2G2ITLI.js";
import "./chunk-FPDVPSJU.js";
import "./chunk-5DM3JAKB.js";
import "./chunk-IIS7LJDS.js";
export {
  FEEDS_HELP,
  feedsCommand
};
