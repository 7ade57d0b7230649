// `npm run bench app-scale`: what one PR event costs as the repository grows (issue 11, "PR event
// read size"). A PR adds one post to a repository that already holds 0 / 1,000 / 3,000 posts and has
// 50 reviews; per event (push, review, label) we count GitHub calls, the bytes GitHub sends back and
// the app's own CPU time. The app runs in a worker thread (bench/_app-worker.ts) so its CPU is
// measured apart from the fake GitHub's. Targets: <= 4 read calls and <= 256 KiB per event at 3,000
// posts, CPU at 3,000 posts <= 1.5x the CPU at 0 posts.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { APP_ID, INSTALLATION_ID, manifest, sign, WEBHOOK_SECRET } from '../tests/helpers/fake-github/herald-harness.ts';
import { pullRequestEvent, reviewEvent } from '../tests/helpers/fake-github/payloads.ts';
import { fixture, person } from '../tests/helpers/fake-github/scenario.ts';
import { startFakeGitHub, type FakeGitHub } from '../tests/helpers/fake-github/server.ts';
import { WEBHOOK_PATH } from '../src/server.ts';

const SIZES = [0, 1000, 3000];
const REVIEWS = 50;
const ROUNDS = 5;
const TARGET_READS = 4;
const TARGET_BYTES = 256 * 1024;
const TARGET_CPU_RATIO = 1.5;
const NOW = '2026-12-01T10:00:00Z';

interface AppWorker {
  url: string;
  cpu(): Promise<number>;
  close(): Promise<void>;
}

async function startAppWorker(github: FakeGitHub): Promise<AppWorker> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const { permissions, events } = manifest();
  github.auth.registerApp({ id: APP_ID, slug: 'herald-bench', name: 'Herald (bench)', publicKey, permissions, events });
  const worker = new Worker(new URL('./_app-worker.ts', import.meta.url), {
    workerData: {
      appId: APP_ID,
      privateKey: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      secret: WEBHOOK_SECRET,
      githubUrl: github.url,
      now: NOW,
    },
  });
  const next = <T>(key: string) =>
    new Promise<T>((resolve) => {
      const on = (message: Record<string, unknown>) => {
        if (!(key in message)) return;
        worker.off('message', on);
        resolve(message[key] as T);
      };
      worker.on('message', on);
    });
  const url = await next<string>('url');
  return {
    url,
    cpu: async () => {
      const reply = next<{ user: number; system: number }>('cpu');
      worker.postMessage('cpu');
      const { user, system } = await reply;
      return (user + system) / 1000;
    },
    close: async () => {
      const closed = next<boolean>('closed');
      worker.postMessage('close');
      await closed;
      await worker.terminate();
    },
  };
}

interface EventCost {
  reads: number;
  writes: number;
  bytes: number;
  cpuMs: number;
}

const day = (offset: number) => new Date(Date.UTC(2026, 11, 10) - offset * 86_400_000).toISOString().slice(0, 10);

async function measureRepo(github: FakeGitHub, app: AppWorker, posts: number, index: number): Promise<EventCost[]> {
  const { state } = github;
  const text = fixture('release.md');
  const files: Record<string, string> = { '.github/herald.yml': fixture('herald.yml'), 'README.md': '# Our posts\n' };
  // One post a day going back from the new post's date, as a group that has posted for years.
  for (let i = 1; i <= posts; i++) files[`posts/${day(i)}-release.md`] = text.replace('6.0 is out', `6.0.${i} is out`);
  const repo = state.createRepo('bench', `scale-${index}`, files);
  const newPost = `posts/${day(0)}-release.md`;
  const pull = state.openPull(repo, { author: person('ada'), changes: { [newPost]: text } });
  for (let i = 0; i < REVIEWS; i++) state.review(pull, person(`neighbour-${i}`), 'COMMENTED');

  const deliver = async (event: string, payload: object) => {
    const body = JSON.stringify(payload);
    const response = await fetch(`${app.url}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': event,
        'x-github-delivery': randomUUID(),
        'x-hub-signature-256': sign(body, WEBHOOK_SECRET),
      },
      body,
    });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${event} delivery answered ${response.status}`);
  };
  await deliver('pull_request', pullRequestEvent(repo, pull, 'opened', INSTALLATION_ID));

  const costs: EventCost[] = [];
  const measured = async (send: () => Promise<void>) => {
    const mark = github.requests.length;
    const before = await app.cpu();
    await send();
    const cpuMs = (await app.cpu()) - before;
    const made = github.since(mark).filter((r) => r.operation !== 'apps/create-installation-access-token');
    const reads = made.filter((r) => r.operation === 'graphql' || r.method === 'GET');
    costs.push({ reads: reads.length, writes: made.length - reads.length, bytes: made.reduce((sum, r) => sum + r.bytes, 0), cpuMs });
  };
  for (let round = 0; round < ROUNDS; round++) {
    state.pushToPull(repo, pull, { [newPost]: text.replace('6.0 is out', `6.0 is out (edit ${round})`) });
    await measured(() => deliver('pull_request', pullRequestEvent(repo, pull, 'synchronize', INSTALLATION_ID)));
    const review = state.review(pull, person(round % 2 === 0 ? 'liam' : 'mei'), 'APPROVED');
    await measured(() => deliver('pull_request_review', reviewEvent(repo, pull, review, 'submitted', INSTALLATION_ID)));
    pull.labels.push(`label-${round}`);
    await measured(() => deliver('pull_request', pullRequestEvent(repo, pull, 'labeled', INSTALLATION_ID)));
  }
  if (github.violations.length > 0) throw new Error(github.violations.join('\n'));
  return costs;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run(): Promise<void> {
  const github = await startFakeGitHub();
  const app = await startAppWorker(github);
  try {
    await measureRepo(github, app, 0, 0); // warm-up: JIT, token, schema
    const cpu = new Map<number, number>();
    let index = 1;
    for (const posts of SIZES) {
      const costs = await measureRepo(github, app, posts, index++);
      const maxBytes = Math.max(...costs.map((c) => c.bytes));
      const maxReads = Math.max(...costs.map((c) => c.reads));
      const maxCalls = Math.max(...costs.map((c) => c.reads + c.writes));
      cpu.set(posts, median(costs.map((c) => c.cpuMs)));
      console.log(
        `app-scale: ${posts} posts, ${REVIEWS} reviews: ${kib(maxBytes)}/event max, ${kib(median(costs.map((c) => c.bytes)))} median ` +
          `(target <= ${kib(TARGET_BYTES)}); ${maxReads} read calls/event max (target <= ${TARGET_READS}), ` +
          `${maxCalls} calls/event with writes; app CPU ${cpu.get(posts)!.toFixed(1)} ms/event median`,
      );
    }
    const ratio = cpu.get(3000)! / cpu.get(0)!;
    console.log(`app-scale: CPU ratio 3,000 / 0 posts ${ratio.toFixed(2)} (target <= ${TARGET_CPU_RATIO})`);
  } finally {
    await app.close();
    await github.close();
  }
}

if (import.meta.main) await run();
