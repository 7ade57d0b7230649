import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  readRepoFileSync
} from "./chunk-UGAMHB6D.js";
import {
  gitLedgerStore,
  gitRaw
} from "./chunk-63TP3FNY.js";
import {
  parseLedger
} from "./chunk-YXY5G25S.js";
import {
  LEDGER_DIR
} from "./chunk-RZ3CGBG7.js";

// src/ledger/read-all.ts
import { readdirSync } from "node:fs";
import { join } from "node:path";
async function readLedgerEntries(root) {
  const remote = await gitRaw(root, ["remote", "get-url", "origin"]).catch(() => void 0);
  if (remote?.code === 0) {
    const head = (await gitRaw(root, ["rev-parse", "HEAD"])).stdout.toString("utf8").trim();
    const store = gitLedgerStore({ cwd: root, remote: "origin", write: false, seed: { from: head, now: /* @__PURE__ */ new Date(0) } });
    try {
      await store.open();
      const entries = await store.all();
      if (entries.length > 0) return entries;
    } finally {
      store.close();
    }
  }
  return readLedgerDir(root);
}
function readLedgerDir(root, dir = LEDGER_DIR) {
  let names;
  try {
    names = readdirSync(join(root, dir));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  return names.filter((name) => name.endsWith(".yml")).sort().map((name) => parseLedger(`${dir}/${name}`, Buffer.from(readRepoFileSync(root, `${dir}/${name}`)).toString("utf8")));
}

export {
  readLedgerEntries
};
