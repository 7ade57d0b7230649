import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  GRAPH_VERSION,
  createFacebookAdapter
} from "./chunk-BSXUIAMR.js";
import "./chunk-CWBRNKYG.js";
import "./chunk-VODOYJ2K.js";
import "./chunk-GY2EDSYG.js";
import "./chunk-LOE5PVFM.js";
import "./chunk-4TPVSEPP.js";
import "./chunk-5DM3JAKB.js";
import "./chunk-IIS7LJDS.js";
export {
  GRAPH_VERSION,
  createFacebookAdapter
};
