// The Herald app server in a worker thread, so bench/app-scale.ts can measure the app's own CPU
// (process.threadCpuUsage in this thread) apart from the fake GitHub's, which runs in the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { Probot, ProbotOctokit } from 'probot';
import { startServer } from '../src/server.ts';

interface Start {
  appId: number;
  privateKey: string;
  secret: string;
  githubUrl: string;
  now: string;
}

const start = workerData as Start;
const probot = new Probot({
  appId: start.appId,
  privateKey: start.privateKey,
  secret: start.secret,
  baseUrl: start.githubUrl,
  logLevel: 'fatal',
  Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
    ...options,
    throttle: { ...(options.throttle as object), enabled: false },
  })),
});
const server = await startServer({ probot, port: 0, host: '127.0.0.1', deps: { appId: start.appId, now: () => new Date(start.now) } });
parentPort!.on('message', async (message: string) => {
  if (message === 'cpu') parentPort!.postMessage({ cpu: process.threadCpuUsage() });
  if (message === 'close') {
    await server.close();
    parentPort!.postMessage({ closed: true });
  }
});
parentPort!.postMessage({ url: server.url });
