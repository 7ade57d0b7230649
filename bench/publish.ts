// Publish benchmarks: the bundled Action's cold start and peak RSS with nothing to publish; a 5-part
// thread with an image per part to 3 platforms (50 ms per call) against the critical path; the plan
// on a repo of 10,000 posts against one of 10.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { harness, loadConfig, planAt, runOnce } from '../tests/publish/_harness.ts';
import { createRepo, heraldConfig, threadPost } from '../tests/publish/_repo.ts';

const bundle = resolve(import.meta.dirname, '../action/dist/index.js');
const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function coldStart(): Promise<void> {
  const repo = createRepo({ '.github/herald.yml': heraldConfig({ mastodon: 'http://127.0.0.1:9' }), 'README.md': 'x\n' });
  try {
    const head = repo.git('rev-parse', 'HEAD').trim();
    const event = join(repo.root, 'event.json');
    writeFileSync(event, JSON.stringify({ before: head, after: head }));
    const probe = "data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))";
    const env = { PATH: process.env['PATH']!, HOME: repo.root, GITHUB_EVENT_NAME: 'push', GITHUB_EVENT_PATH: event, GITHUB_WORKSPACE: repo.dir, GITHUB_REF_NAME: 'main' };
    const times: number[] = [];
    let rss = 0;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const proc = spawn(process.execPath, ['--import', probe, bundle], { cwd: repo.dir, env });
      let err = '';
      proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const code = await new Promise<number | null>((r) => proc.on('close', r));
      if (code !== 0) throw new Error(`the Action failed: ${err}`);
      times.push(performance.now() - started);
      rss = Math.max(rss, Number(/maxrss=(\d+)/.exec(err)?.[1] ?? 0) / 1024);
    }
    times.sort((a, b) => a - b);
    console.log(`publish: Action cold start, nothing to publish: ${fmt(times[2]!)} ms (median of 5)`);
    console.log(`publish: Action peak RSS: ${fmt(rss, 1)} MB (target ≤ 100 MB)`);
  } finally {
    repo.remove();
  }
}

async function fanOut(): Promise<void> {
  const latency = 50;
  const h = await harness(['mastodon', 'bluesky', 'discourse'], { 'posts/thread.md': threadPost(['One', 'Two', 'Three', 'Four', 'Five'], { media: true }) }, { latencyMs: latency });
  try {
    const config = loadConfig(h.repo.dir, h.repo.git('show', 'HEAD:.github/herald.yml'));
    const plan = await planAt({ dir: h.repo.dir, env: h.env, factories: h.factories }, config);
    const started = performance.now();
    await runOnce({ dir: h.repo.dir, env: h.env, factories: h.factories }, config, plan);
    const total = performance.now() - started;
    const requests = Object.values(h.servers).flatMap((s) => s.requests);
    const first = Math.min(...requests.map((r) => r.at));
    const last = Math.max(...requests.map((r) => r.at)) + latency;
    const critical = Math.max(...Object.values(h.servers).map((s) => s.requests.length)) * latency;
    const span = last - first;
    console.log(`publish: 5-part thread, image per part, 3 platforms, ${latency} ms/call: platform calls ${fmt(span)} ms vs critical path ${fmt(critical)} ms = ${fmt(span / critical, 2)}× (target ≤ 1.2×)`);
    console.log(`publish: same run including both ledger pushes: ${fmt(total)} ms = ${fmt(total / critical, 2)}× the critical path`);
  } finally {
    await h.close();
  }
}

async function planTime(posts: number): Promise<number> {
  const files: Record<string, string> = { '.github/herald.yml': heraldConfig({ mastodon: 'http://127.0.0.1:9' }) };
  for (let i = 0; i < posts; i++) files[`posts/old-${i}.md`] = threadPost([`Old post number ${i}`]);
  const repo = createRepo(files);
  try {
    const before = repo.git('rev-parse', 'HEAD').trim();
    repo.commit({ 'posts/new.md': threadPost(['The new post']) }, 'new post');
    const config = loadConfig(repo.dir, files['.github/herald.yml']!);
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const plan = await planAt({ dir: repo.dir, env: {}, factories: {}, before }, config);
      times.push(performance.now() - started);
      if (plan.posts.length !== 1) throw new Error(`expected one post in the plan, got ${plan.posts.length}`);
    }
    return times.sort((a, b) => a - b)[2]!;
  } finally {
    repo.remove();
  }
}

export async function run(): Promise<void> {
  await coldStart();
  await fanOut();
  const small = await planTime(10);
  const large = await planTime(10_000);
  console.log(`publish: plan, one new post: 10 posts ${fmt(small, 1)} ms, 10,000 posts ${fmt(large, 1)} ms = ${fmt(large / small, 2)}× (target ≤ 1.5×)`);
}

if (process.argv[1] === import.meta.filename) await run();
