// A minimal GitHub REST server for the Action's report: the PRs of a commit, and issue comments.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MiniGitHub {
  url: string;
  comments: { issue: number; body: string }[];
  unhandled: string[];
  close(): Promise<void>;
}

export async function startMiniGitHub(options: { token: string; repository: string; pulls: Record<string, number> }): Promise<MiniGitHub> {
  const comments: MiniGitHub['comments'] = [];
  const unhandled: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const json = (status: number, value: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (req.headers.authorization !== `Bearer ${options.token}`) return json(401, { message: 'Bad credentials' });
      const path = req.url ?? '';
      const pulls = new RegExp(`^/repos/${options.repository}/commits/([0-9a-f]{40})/pulls$`).exec(path);
      if (req.method === 'GET' && pulls) {
        const number = options.pulls[pulls[1]!];
        return json(200, number ? [{ number, state: 'closed', merged_at: '2026-12-01T11:59:00Z' }] : []);
      }
      const comment = new RegExp(`^/repos/${options.repository}/issues/(\\d+)/comments$`).exec(path);
      if (req.method === 'POST' && comment) {
        const parsed = JSON.parse(body) as { body?: unknown };
        if (typeof parsed.body !== 'string' || parsed.body.length > 65536) return json(422, { message: 'Validation Failed' });
        comments.push({ issue: Number(comment[1]), body: parsed.body });
        return json(201, { id: comments.length, body: parsed.body });
      }
      unhandled.push(`${req.method} ${path}`);
      json(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    comments,
    unhandled,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
