// The GitHub writes the feed run needs: a branch per draft, the draft file, its pull request, and the state.
// Every step is idempotent on names derived from the entry, so a re-run after a crash finds its own work.
import type { Octokit } from '@octokit/rest';

export type RepoRef = {
  owner: string;
  repo: string;
};

export class RepoWriter {
  readonly #octokit: Octokit;
  readonly #ref: RepoRef;
  #defaultBranch: string | undefined;

  constructor(octokit: Octokit, ref: RepoRef) {
    this.#octokit = octokit;
    this.#ref = ref;
  }

  async defaultBranch(): Promise<string> {
    this.#defaultBranch ??= (await this.#octokit.rest.repos.get(this.#ref)).data.default_branch;
    return this.#defaultBranch;
  }

  /** The file's text and blob sha on a branch, or undefined when it does not exist. */
  async readFile(path: string, branch: string): Promise<{ text: string; bytes: Buffer; sha: string } | undefined> {
    try {
      const { data } = await this.#octokit.rest.repos.getContent({ ...this.#ref, path, ref: branch });
      if (Array.isArray(data) || data.type !== 'file') throw new Error(`${path} is not a file`);
      const bytes = Buffer.from(data.content, 'base64');
      return { text: bytes.toString('utf8'), bytes, sha: data.sha };
    } catch (error) {
      if (status(error) === 404) return undefined;
      throw error;
    }
  }

  async writeFile(path: string, branch: string, content: string | Uint8Array, message: string, sha?: string): Promise<void> {
    await this.#octokit.rest.repos.createOrUpdateFileContents({
      ...this.#ref,
      path,
      branch,
      message,
      content: (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content)).toString('base64'),
      ...(sha ? { sha } : {}),
    });
  }

  /** Whether `branch` exists. */
  async hasBranch(branch: string): Promise<boolean> {
    try {
      await this.#octokit.rest.git.getRef({ ...this.#ref, ref: `heads/${branch}` });
      return true;
    } catch (error) {
      if (status(error) === 404) return false;
      throw error;
    }
  }

  /** Creates `branch` at the default branch's head; false when it already exists (an earlier run made it). */
  async createBranch(branch: string): Promise<boolean> {
    const base = await this.defaultBranch();
    const { data } = await this.#octokit.rest.git.getRef({ ...this.#ref, ref: `heads/${base}` });
    try {
      await this.#octokit.rest.git.createRef({ ...this.#ref, ref: `refs/heads/${branch}`, sha: data.object.sha });
      return true;
    } catch (error) {
      if (status(error) === 422) return false;
      throw error;
    }
  }

  /** The pull request from `branch`, open or closed, if one exists. */
  async findPull(branch: string): Promise<{ number: number; html_url: string } | undefined> {
    const pulls = await this.#octokit.paginate(this.#octokit.rest.pulls.list, {
      ...this.#ref,
      head: `${this.#ref.owner}:${branch}`,
      state: 'all',
      per_page: 100,
    });
    const pull = pulls[0];
    return pull ? { number: pull.number, html_url: pull.html_url } : undefined;
  }

  async openPull(branch: string, title: string, body: string): Promise<{ number: number; html_url: string }> {
    const base = await this.defaultBranch();
    const { data } = await this.#octokit.rest.pulls.create({ ...this.#ref, head: branch, base, title, body });
    return { number: data.number, html_url: data.html_url };
  }
}

function status(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}
