// Reading and writing a ledger file. The file is for people too: stable key order, one part per item.
import { isMap, parseDocument, stringify } from 'yaml';
import { InputError } from '../errors.ts';
import { PLATFORM_IDS, type PlatformId } from '../types.ts';
import { failuresFromYaml, failuresToYaml } from './failures.ts';
import { revisionsFromYaml, revisionsToYaml } from './revisions-yaml.ts';
import type { LedgerEntry, LedgerPart } from './types.ts';
import { isPostPath } from './keys.ts';

const HEADER =
  '# Herald publication ledger: what is live where. Written by the publish Action (docs/publishing.md).\n' +
  '# A part in state "live" is never sent again; "intent" means a run may have sent it (it is recovered).\n' +
  '# revisions: corrections and retractions after publication, each step an intent before the request and done after.\n';

export function serialiseLedger(entry: LedgerEntry): string {
  const platforms: Record<string, unknown[]> = {};
  for (const id of PLATFORM_IDS) {
    const parts = entry.platforms[id];
    if (!parts || parts.length === 0) continue;
    platforms[id] = [...parts].sort((a, b) => a.index - b.index).map(partToYaml);
  }
  const doc: Record<string, unknown> = { post: entry.postId, file: entry.file, content: entry.contentHash };
  if (entry.blob) doc['blob'] = entry.blob;
  if (entry.scheduledFor) doc['scheduled_for'] = entry.scheduledFor;
  doc['platforms'] = platforms;
  if (entry.failures?.length) doc['failures'] = failuresToYaml(entry.failures);
  if (entry.revisions?.length) doc['revisions'] = revisionsToYaml(entry.revisions);
  return HEADER + stringify(doc, { lineWidth: 0 });
}

function partToYaml(part: LedgerPart): Record<string, unknown> {
  const out: Record<string, unknown> = { part: part.index, state: part.state, key: part.key };
  if (part.url !== undefined) out['url'] = part.url;
  if (part.id !== undefined) out['id'] = part.id;
  if (part.ref !== undefined) out['ref'] = part.ref;
  out['run'] = part.run;
  out['intent_at'] = part.intentAt;
  if (part.liveAt !== undefined) out['live_at'] = part.liveAt;
  if (part.deletedAt !== undefined) out['deleted_at'] = part.deletedAt;
  return out;
}

/** Parses a ledger file with the yaml package; errors name the file, line and field. */
export function parseLedger(file: string, text: string): LedgerEntry {
  const doc = parseDocument(text, { prettyErrors: false });
  const fail = (message: string, offset = 0): never => {
    const { line, column } = position(text, offset);
    throw new InputError({ file, line, column }, message, {
      hint: "ledger files are written by Herald on the herald/ledger branch; restore this one from that branch's history",
    });
  };
  if (doc.errors.length > 0) fail(`not valid YAML: ${doc.errors[0]!.message}`, doc.errors[0]!.pos[0]);
  if (!isMap(doc.contents)) fail('expected a mapping with post, file, content and platforms');
  const offsetOf = (path: (string | number)[]): number => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    return node?.range?.[0] ?? 0;
  };
  let value: Record<string, unknown>;
  try {
    value = doc.toJS({ maxAliasCount: 0 }) as Record<string, unknown>;
  } catch (error) {
    return fail(`not a plain ledger: ${(error as Error).message}`);
  }
  return entryOf(value, (message, path) => fail(message, offsetOf(path)));
}

/** The entry a ledger's YAML value describes; `fail` is told what is wrong and where (the path to the value). */
function entryOf(root: Record<string, unknown>, fail: (message: string, path: (string | number)[]) => never): LedgerEntry {
  const str = (value: unknown, path: () => (string | number)[]): string => {
    if (typeof value !== 'string' || value === '') fail(`${path().join('.')}: expected a non-empty string`, path());
    return value as string;
  };
  const entry: LedgerEntry = {
    postId: str(root['post'], () => ['post']),
    file: postFile(
      str(root['file'], () => ['file']),
      () => fail('file: expected a post under posts/ (a ledger never names another file)', ['file']),
    ),
    contentHash: str(root['content'], () => ['content']),
    platforms: {},
  };
  if (root['blob'] !== undefined) entry.blob = str(root['blob'], () => ['blob']);
  if (root['scheduled_for'] !== undefined) entry.scheduledFor = str(root['scheduled_for'], () => ['scheduled_for']);
  const platforms = root['platforms'] ?? {};
  if (typeof platforms !== 'object' || platforms === null || Array.isArray(platforms)) fail('platforms: expected a mapping', ['platforms']);
  for (const [platform, parts] of Object.entries(platforms as Record<string, unknown>)) {
    if (!(PLATFORM_IDS as readonly string[]).includes(platform))
      fail(`platforms.${platform}: unknown platform (known: ${PLATFORM_IDS.join(', ')})`, ['platforms', platform]);
    if (!Array.isArray(parts)) fail(`platforms.${platform}: expected a list of parts`, ['platforms', platform]);
    entry.platforms[platform as PlatformId] = (parts as unknown[]).map((raw, i) => {
      const path = ['platforms', platform, i];
      if (typeof raw !== 'object' || raw === null) return fail(`${path.join('.')}: expected a mapping`, path);
      const p = raw as Record<string, unknown>;
      if (!Number.isInteger(p['part']) || (p['part'] as number) < 0) fail(`${path.join('.')}.part: expected a part number ≥ 0`, path);
      if (p['state'] !== 'intent' && p['state'] !== 'live') fail(`${path.join('.')}.state: expected "intent" or "live"`, path);
      const part: LedgerPart = {
        index: p['part'] as number,
        state: p['state'] as LedgerPart['state'],
        key: str(p['key'], () => [...path, 'key']),
        run: str(String(p['run'] ?? ''), () => [...path, 'run']),
        intentAt: str(p['intent_at'], () => [...path, 'intent_at']),
      };
      if (p['id'] !== undefined) part.id = String(p['id']);
      if (p['url'] !== undefined) part.url = str(p['url'], () => [...path, 'url']);
      if (p['live_at'] !== undefined) part.liveAt = str(p['live_at'], () => [...path, 'live_at']);
      if (p['deleted_at'] !== undefined) part.deletedAt = str(p['deleted_at'], () => [...path, 'deleted_at']);
      if (p['ref'] !== undefined)
        part.ref = stringRecord(p['ref'], () => fail(`${path.join('.')}.ref: expected a mapping of strings`, path));
      if (part.state === 'live' && (part.id === undefined || part.url === undefined))
        fail(`${path.join('.')}: a live part needs id and url`, path);
      return part;
    });
  }
  if (root['failures'] !== undefined) {
    const failures = failuresFromYaml(root['failures']);
    if (typeof failures === 'string') fail(failures, ['failures']);
    else if (failures.length > 0) entry.failures = failures;
  }
  if (root['revisions'] !== undefined) {
    const revisions = revisionsFromYaml(root['revisions']);
    if (typeof revisions === 'string') fail(revisions, ['revisions']);
    else if (revisions.length > 0) entry.revisions = revisions;
  }
  return entry;
}

function postFile(file: string, fail: () => never): string {
  return isPostPath(file) ? file : fail();
}

function stringRecord(value: unknown, fail: () => never): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail();
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, String(v)]));
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
