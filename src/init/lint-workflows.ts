// What every Herald workflow must be, checked on this repository's .github/workflows/ and on what `herald init`
// writes (tests/workflows/), and by `herald doctor` on a group's repository:
// - no `${{ inputs.* }}`, `${{ github.event.* }}` or `${{ github.head_ref }}` inside a `run:` script (an
//   attacker-chosen string becomes shell code there; pass it through `env:` and quote "$VAR" instead);
// - every `uses:` of another repository pinned by a full 40-hex commit SHA, with a comment naming the version;
// - every job has `timeout-minutes` (the default of 6 hours holds the publish queue);
// - a group's workflows install nothing and run no Herald sources (`npm ci`, `npm install`, `node src/`).
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';

export interface WorkflowProblem {
  file: string;
  line: number;
  message: string;
}

const UNTRUSTED = /\$\{\{[^}]*\b(inputs\.|github\.event\.|github\.head_ref)/;
const PINNED = /^[^@\s]+@[0-9a-f]{40}$/;
const INSTALLS = /\bnpm\s+(ci|install|i)\b|\bnode\s+(\.\/)?src\/|\byarn\s+install\b|\bpnpm\s+install\b/;

export function lintWorkflow(file: string, text: string, options: { allowInstall?: boolean } = {}): WorkflowProblem[] {
  const lines = new LineCounter();
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length) return doc.errors.map((e) => ({ file, line: e.linePos?.[0]?.line ?? 1, message: `not valid YAML: ${e.message}` }));
  const problems: WorkflowProblem[] = [];
  const jobs = isMap(doc.contents) ? doc.contents.get('jobs', true) : undefined;
  if (!isMap(jobs)) return [{ file, line: 1, message: 'no jobs: mapping' }];
  for (const pair of jobs.items as Pair<Node, Node>[]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '?';
    const job = pair.value;
    if (!isMap(job)) continue;
    if (!job.has('timeout-minutes'))
      problems.push({
        file,
        line: lineOf(pair.key),
        message: `job ${name} has no timeout-minutes (the default 6 hours can hold the queue)`,
      });
    const steps = job.get('steps', true);
    if (!isSeq(steps)) continue;
    for (const step of steps.items) {
      if (!isMap(step)) continue;
      const uses = step.get('uses', true);
      if (isScalar(uses)) problems.push(...usesProblems(file, lineOf(uses), String(uses.value), text, uses.range?.[1]));
      const run = step.get('run', true);
      if (isScalar(run)) {
        const script = String(run.value);
        if (UNTRUSTED.test(script))
          problems.push({
            file,
            line: lineOf(run),
            message: `job ${name}: a run: script interpolates ${UNTRUSTED.exec(script)![0]}…: pass it through env: and use "$NAME"`,
          });
        if (!options.allowInstall && INSTALLS.test(script))
          problems.push({
            file,
            line: lineOf(run),
            message: `job ${name}: "${INSTALLS.exec(script)![0]}": a group's workflow runs Herald's released Action, never an install or Herald's sources`,
          });
      }
    }
  }
  return problems;
}

function usesProblems(file: string, line: number, uses: string, text: string, end: number | undefined): WorkflowProblem[] {
  if (uses.startsWith('./')) return [];
  if (uses.startsWith('docker://'))
    return /@sha256:[0-9a-f]{64}$/.test(uses) ? [] : [{ file, line, message: `${uses}: pin the image by digest` }];
  if (!PINNED.test(uses))
    return [
      {
        file,
        line,
        message: `${uses}: pin it by full commit SHA (a tag or branch can be moved to other code), with the version in a comment`,
      },
    ];
  const rest = text.slice(end ?? 0, text.indexOf('\n', end ?? 0) === -1 ? undefined : text.indexOf('\n', end ?? 0));
  if (!/#\s*v?\d/.test(rest)) return [{ file, line, message: `${uses}: add a comment naming the version it pins, e.g. # v4.2.2` }];
  return [];
}
