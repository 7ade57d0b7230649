// The committed bundle must be what `npm run build` makes from the current source: every file of
// action/dist/ (the entry and the chunks each command loads), byte for byte, and nothing else.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import { ACTION_DIST, buildAction } from '../../scripts/build.ts';

function files(dir: string): Map<string, string> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

/** Every output file `from` pulls in before any dynamic import() runs. */
function staticallyLoaded(outputs: Metafile['outputs'], from: string): Set<string> {
  const loaded = new Set<string>();
  const visit = (file: string) => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const i of outputs[file]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(from);
  return loaded;
}

it('a run loads only the chosen command, and a publish run with nothing to publish loads no renderer, checker or HTTP client', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-bundle-'));
  try {
    const meta = await buildAction(dir);
    const outputs = meta.outputs;
    const inputsOf = (files: Set<string>) => [...files].flatMap((o) => Object.keys(outputs[o]!.inputs));
    const entry = Object.keys(outputs).find((o) => o.endsWith('/index.js'))!;
    const atStart = inputsOf(staticallyLoaded(outputs, entry));
    expect(atStart.filter((i) => /^(src\/(feeds|report|app|actions-app|publish|cli)|action\/src\/(main|pr|cli-jobs))/.test(i))).toEqual([]);
    const chunkOf = (input: string) => Object.keys(outputs).filter((o) => input in outputs[o]!.inputs);
    expect(chunkOf('src/actions-app.ts')).toHaveLength(1);
    expect(chunkOf('src/actions-app.ts')[0]).not.toBe(entry);

    // The publish command's chunk as it starts: posts are parsed, checked and rendered only when there are some.
    const publish = chunkOf('action/src/main.ts')[0]!;
    const publishing = inputsOf(new Set([...staticallyLoaded(outputs, entry), ...staticallyLoaded(outputs, publish)]));
    const heavy = /node_modules\/(undici|retext-[^/]+|parse-latin|twitter-text|@atproto\/[^/]+|gray-matter|js-yaml)\//;
    expect([...new Set(publishing.filter((i) => heavy.test(i)).map((i) => heavy.exec(i)![1]))]).toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('action/dist/ is up to date with the source (run `npm run build` and commit it)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'herald-bundle-'));
  try {
    await buildAction(dir);
    const fresh = files(dir);
    const committed = files(ACTION_DIST);
    expect([...committed.keys()].sort(), 'action/dist/ has other files than a build makes: run `npm run build` and commit it').toEqual(
      [...fresh.keys()].sort(),
    );
    const stale = [...fresh].filter(([name, text]) => committed.get(name) !== text).map(([name]) => name);
    expect(stale, 'action/dist/ is stale: run `npm run build` and commit it').toEqual([]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
