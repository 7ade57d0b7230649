// Repository, git refs and the contents API, as the feed runner uses them: GitHub's rules included
// (an existing ref is 422, updating a file needs its current blob sha, a stale sha is 409).
import type { RestHandler } from './rest.ts';
import { allowed, fail, isResult, repositoryShape, repoOf } from './repo-extras.ts';
import { shaped } from './schema-example.ts';
import { gitBlobOid, type FakeRepo } from './state.ts';

function refShape(repo: FakeRepo, branch: string, sha: string) {
  const url = `https://api.github.com/repos/${repo.owner}/${repo.name}/git/refs/heads/${branch}`;
  return shaped('git-ref', {
    ref: `refs/heads/${branch}`,
    node_id: Buffer.from(`Ref:${branch}`).toString('base64'),
    url,
    object: { type: 'commit', sha, url },
  });
}

function fileShape(repo: FakeRepo, path: string, content: string) {
  const base = `https://api.github.com/repos/${repo.owner}/${repo.name}`;
  const sha = gitBlobOid(content);
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(content),
    name: path.split('/').at(-1)!,
    path,
    sha,
    url: `${base}/contents/${path}`,
    git_url: `${base}/git/blobs/${sha}`,
    html_url: `https://github.com/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/${path}`,
    download_url: `https://raw.githubusercontent.com/${repo.owner}/${repo.name}/${repo.defaultBranch}/${path}`,
    _links: {
      self: `${base}/contents/${path}`,
      git: `${base}/git/blobs/${sha}`,
      html: `https://github.com/${repo.owner}/${repo.name}/blob/${repo.defaultBranch}/${path}`,
    },
  };
}

export const CONTENTS_HANDLERS: Record<string, RestHandler> = {
  'repos/get': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'contents', 'read');
    if (isResult(who)) return who;
    return { status: 200, body: repositoryShape(repo, 'full-repository') };
  },

  'git/get-ref': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'contents', 'read');
    if (isResult(who)) return who;
    const ref = ctx.params.ref!;
    if (!ref.startsWith('heads/')) return fail(404, 'Not Found', `ref ${ref}: the fake knows branches only (heads/...)`);
    const branch = ref.slice('heads/'.length);
    const sha = repo.branches.get(branch);
    return sha ? { status: 200, body: refShape(repo, branch, sha) } : fail(404, 'Not Found');
  },

  'git/create-ref': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'contents', 'write');
    if (isResult(who)) return who;
    const ref = String(ctx.body.ref);
    const sha = String(ctx.body.sha);
    if (!ref.startsWith('refs/heads/'))
      return fail(422, 'Reference name must start with refs/heads/', `ref "${ref}" is not fully qualified`);
    const branch = ref.slice('refs/heads/'.length);
    if (repo.branches.has(branch)) return fail(422, 'Reference already exists');
    if (!repo.commits.has(sha)) return fail(422, 'Object does not exist', `no commit ${sha}`);
    repo.branches.set(branch, sha);
    return { status: 201, body: refShape(repo, branch, sha) };
  },

  'repos/get-content': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'contents', 'read');
    if (isResult(who)) return who;
    const branch = ctx.query?.get('ref') ?? repo.defaultBranch;
    const tip = repo.branches.get(branch) ?? (repo.commits.has(branch) ? branch : undefined);
    if (!tip) return fail(404, `No commit found for the ref ${branch}`);
    const path = ctx.params.path!;
    const content = repo.commits.get(tip)!.files.get(path);
    if (content === undefined) return fail(404, 'Not Found');
    return { status: 200, body: { ...fileShape(repo, path, content), content: Buffer.from(content).toString('base64') } };
  },

  'repos/create-or-update-file-contents': (ctx) => {
    const repo = repoOf(ctx);
    if (isResult(repo)) return repo;
    const who = allowed(ctx.caller, 'contents', 'write');
    if (isResult(who)) return who;
    const branch = typeof ctx.body.branch === 'string' ? ctx.body.branch : repo.defaultBranch;
    const tip = repo.branches.get(branch);
    if (!tip) return fail(404, `Branch ${branch} not found`);
    const path = ctx.params.path!;
    const current = repo.commits.get(tip)!.files.get(path);
    const given = ctx.body.sha;
    if (current !== undefined && given === undefined) return fail(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
    if (current !== undefined && given !== gitBlobOid(current)) return fail(409, `${path} does not match ${given}`);
    const content = Buffer.from(String(ctx.body.content), 'base64').toString('utf8');
    const commit = ctx.state.commit(repo, tip, { [path]: content }, String(ctx.body.message));
    repo.branches.set(branch, commit.oid);
    const body = shaped('file-commit', {
      content: fileShape(repo, path, content),
      commit: { sha: commit.oid, message: commit.message, parents: commit.parents.map((sha) => ({ sha, url: '', html_url: '' })) },
    });
    return { status: current === undefined ? 201 : 200, body };
  },
};
