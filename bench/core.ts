// Issue 2's figures: `herald check`'s full pipeline on 1,000 generated posts (posts/s, one core) against the
// floor (gray-matter + twitter-text parseTweet + grapheme count on the same files), and the CLI's cold start.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import twitter from 'twitter-text';
import { checkPosts } from '../src/core/check.ts';
import { defaultConfig } from '../src/core/config/parse.ts';
import { generatePosts } from './_posts.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const POSTS = 1000;
const ROUNDS = 15; // medians of 15 alternating rounds: a burst of other work moves the ratio less

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

async function timeRound(work: () => unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

// The two are timed in alternating rounds, so a machine busy with other work slows both alike (timed one
// after the other, a burst of load during either phase alone skewed the ratio by 2× or more).
async function timeInterleaved(pipeline: () => unknown, floor: () => unknown): Promise<{ pipelineMs: number; floorMs: number }> {
  await pipeline(); // warm up: JIT, module-level tables
  await floor();
  const pipelineTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    pipelineTimes.push(await timeRound(pipeline));
    floorTimes.push(await timeRound(floor));
  }
  return { pipelineMs: median(pipelineTimes), floorMs: median(floorTimes) };
}

function floor(files: { content: string }[]): number {
  const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });
  let total = 0;
  for (const file of files) {
    const parsed = matter(file.content, {}); // options object: gray-matter would otherwise serve a cached parse
    total += twitter.parseTweet(parsed.content).weightedLength;
    for (const _ of segmenter.segment(parsed.content)) total++;
  }
  return total;
}

function coldStart(): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [join(ROOT, 'src/cli.ts'), 'check', 'posts'], { cwd: ROOT, encoding: 'utf8' });
    times.push(performance.now() - start);
    if (result.status !== 0) throw new Error(`herald check posts failed on the sample repo:\n${result.stdout}${result.stderr}`);
  }
  return median(times);
}

export async function run(): Promise<void> {
  const files = generatePosts(POSTS);
  const config = defaultConfig();
  const now = new Date('2026-11-21T12:00:00Z');
  const { pipelineMs, floorMs } = await timeInterleaved(() => checkPosts({ files, config, now }), () => floor(files));
  const rate = (POSTS / pipelineMs) * 1000;
  const ratio = pipelineMs / floorMs;
  console.log(`core: check pipeline, ${POSTS} posts: ${Math.round(rate).toLocaleString('en')} posts/s (target ≥ 1,000) ${rate >= 1000 ? 'ok' : 'MISSED'}`);
  console.log(`core: floor (gray-matter + parseTweet + graphemes): ${Math.round((POSTS / floorMs) * 1000).toLocaleString('en')} posts/s`);
  console.log(`core: pipeline / floor: ${ratio.toFixed(2)}× (target ≤ 3×) ${ratio <= 3 ? 'ok' : 'MISSED'}`);
  console.log(`core: CLI cold start, herald check posts (sample repo): ${Math.round(coldStart())} ms (median of 5)`);
}
