import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  GRAPH_VERSION,
  createFacebookAdapter
} from "./chunk-MDSWHSJM.js";
import "./chunk-VHENPS65.js";
import "./chunk-EPOFPK5W.js";
import "./chunk-GY2EDSYG.js";
import "./chunk-GS5P5XJH.js";
import "./chunk-HW6NH4IV.js";
import "./chunk-QKSMSPLC.js";
export {
  GRAPH_VERSION,
  createFacebookAdapter
};
