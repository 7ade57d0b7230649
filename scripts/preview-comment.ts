// `npm run preview-comment -- [posts...] [--out file.html] [--approve login,login] [--repo URL]`:
// writes Herald's PR comment for these posts as an HTML page styled with GitHub's stylesheet, so a
// person can open it in a browser and see what reviewers will see. The vote uses the config's roster
// with the --approve logins as approving reviews on the head commit.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { checkRepo } from '../src/cli/check-command.ts';
import { CONFIG_PATH } from '../src/cli/repo.ts';
import { PLAIN } from '../src/cli/style.ts';
import { renderComment } from '../src/core/comment/index.ts';
import { localDate, tally } from '../src/core/tally/index.ts';
import { renderGfm } from './gfm.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'herald-comment.html' },
    approve: { type: 'string', default: '' },
    repo: { type: 'string' },
    config: { type: 'string', default: CONFIG_PATH },
  },
});

const cwd = process.cwd();
const now = new Date();
const git = (...args: string[]): string | undefined => {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};
const headSha = git('rev-parse', 'HEAD') ?? '0'.repeat(40);
const branch = git('rev-parse', '--abbrev-ref', 'HEAD') ?? 'main';
const repoUrl = (values.repo ?? 'https://github.com/your-group/social').replace(/\/+$/, '');

const io = { cwd, env: process.env, now, out: () => {}, err: (t: string) => process.stderr.write(t), style: PLAIN };
const { config, report } = await checkRepo(io, positionals, values.config);
const approvers = values.approve
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const vote = tally({
  roster: config.roster,
  policy: config.approval,
  today: localDate(now, config.timezone),
  prAuthor: config.roster[0]?.login ?? 'author',
  reviews: approvers.map((author) => ({ author, isBot: false, state: 'APPROVED', submittedAt: now.toISOString(), commitOid: headSha })),
  contentChangedSince: () => false,
  needsBoard: [],
  membershipVote: false,
});
const markdown = renderComment({ report, tally: vote, headSha, repoUrl, config, now, headBranch: { repoUrl, name: branch } });

// GitHub shows the thumbnails from the repository; offline, the page shows the same files from disk.
const rawPrefix = `${repoUrl}/blob/${headSha}/`;
const html = renderGfm(markdown).replace(/src="([^"]+)\?raw=true"/g, (whole, url: string) => {
  if (!url.startsWith(rawPrefix)) return whole;
  const local = join(cwd, decodeURIComponent(url.slice(rawPrefix.length)));
  return existsSync(local) ? `src="${pathToFileURL(local).href}"` : whole;
});
const css = readFileSync(createRequire(import.meta.url).resolve('github-markdown-css/github-markdown-light.css'), 'utf8');
const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Herald PR comment preview</title>
<style>${css}
body { margin: 0; background: #f6f8fa; }
.comment { box-sizing: border-box; max-width: 912px; margin: 24px auto; padding: 16px 24px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
</style></head>
<body><article class="comment markdown-body">
${html}
</article></body></html>
`;
const out = resolve(cwd, values.out);
writeFileSync(out, page);
process.stdout.write(`${out}: ${markdown.length} characters of markdown (GitHub's limit is 65,536)\n`);
