// The test platforms in a worker thread, for benchmarks: a real platform's work (reading the body,
// JSON, timers) happens elsewhere, not on the publisher's event loop, and so it does here.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { startTestPlatform, type TestPlatformServer } from '../tests/helpers/test-platform/server.ts';

export interface WorkerPlatforms {
  urls: Record<string, string>;
  /** Each server's requests (method, path, arrival time), as recorded so far. */
  requests(): Promise<Record<string, { method: string; path: string; at: number }[]>>;
  close(): Promise<void>;
}

type Message = { kind: 'requests' } | { kind: 'close' };

export async function startWorkerPlatforms(tokens: Record<string, string>, latencyMs: number): Promise<WorkerPlatforms> {
  const worker = new Worker(new URL(import.meta.url), { workerData: { tokens, latencyMs } });
  const ask = <T>(message: Message) =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage(message);
    });
  const urls = await new Promise<Record<string, string>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    urls,
    requests: () => ask({ kind: 'requests' }),
    close: async () => {
      await ask({ kind: 'close' });
      await worker.terminate();
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const { tokens, latencyMs } = workerData as { tokens: Record<string, string>; latencyMs: number };
  const servers: Record<string, TestPlatformServer> = {};
  for (const [id, token] of Object.entries(tokens)) servers[id] = await startTestPlatform({ token, latencyMs });
  port.on('message', async (message: Message) => {
    if (message.kind === 'requests') port.postMessage(Object.fromEntries(Object.entries(servers).map(([id, s]) => [id, s.requests])));
    else {
      await Promise.all(Object.values(servers).map((s) => s.close()));
      port.postMessage('closed');
    }
  });
  port.postMessage(Object.fromEntries(Object.entries(servers).map(([id, s]) => [id, s.url])));
}
