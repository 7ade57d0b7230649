// Issue 11's figures for `herald check`: the CLI's cold start on the sample posts as a ratio to `node -e 0` in
// the same run, and the command over 1,000 and 10,000 generated posts (wall time and peak memory, each in a
// fresh process), which must stay linear and take at most 2 s at 1,000 posts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatePosts } from './_posts.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ROUNDS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function timed(args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  return ms;
}

/** Alternating rounds, so a burst of other work on the machine slows both alike. */
function coldStart(): { herald: number; node: number } {
  timed(['src/cli.ts', 'check', 'posts']); // fills Node's compile cache, as any second run finds it
  const herald: number[] = [];
  const node: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    herald.push(timed(['src/cli.ts', 'check', 'posts']));
    node.push(timed(['-e', '0']));
  }
  return { herald: median(herald), node: median(node) };
}

function checkAt(posts: number): { ms: number; peakMb: number } {
  const dir = mkdtempSync(join(tmpdir(), 'herald-bench-'));
  try {
    mkdirSync(join(dir, 'posts'));
    for (const post of generatePosts(posts)) writeFileSync(join(dir, post.path), post.content);
    const result = spawnSync(process.execPath, [join(ROOT, 'bench/_check-process.ts'), dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    if (result.status !== 0) throw new Error(`herald check over ${posts} posts failed:\n${result.stderr}`);
    const { ms, peakRssKb } = JSON.parse(result.stdout) as { ms: number; peakRssKb: number };
    return { ms, peakMb: peakRssKb / 1024 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  const { herald, node } = coldStart();
  const ratio = herald / node;
  console.log(
    `check: CLI cold start, herald check posts: ${Math.round(herald)} ms, node -e 0: ${Math.round(node)} ms, ratio ${ratio.toFixed(1)}× (target: not slower than before issue 11, 16×)`,
  );
  const small = checkAt(1000);
  const large = checkAt(10000);
  const perPostMs = (large.ms - small.ms) / 9000;
  const perPostKb = ((large.peakMb - small.peakMb) * 1024) / 9000;
  console.log(
    `check: 1,000 posts: ${Math.round(small.ms)} ms, peak ${Math.round(small.peakMb)} MB (target ≤ 2,000 ms) ${small.ms <= 2000 ? 'ok' : 'MISSED'}`,
  );
  console.log(`check: 10,000 posts: ${Math.round(large.ms)} ms, peak ${Math.round(large.peakMb)} MB`);
  const linear = large.ms / small.ms;
  console.log(
    `check: 10,000 / 1,000 posts: time ${linear.toFixed(1)}× (target ≤ 12×, linear) ${linear <= 12 ? 'ok' : 'MISSED'}; ${perPostMs.toFixed(2)} ms and ${Math.round(perPostKb)} KB per added post`,
  );
}
