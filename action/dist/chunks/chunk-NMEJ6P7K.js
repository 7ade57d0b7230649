import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);

// src/feeds/repo-writer.ts
var RepoWriter = class {
  #octokit;
  #ref;
  #defaultBranch;
  constructor(octokit, ref) {
    this.#octokit = octokit;
    this.#ref = ref;
  }
  async defaultBranch() {
    this.#defaultBranch ??= (await this.#octokit.rest.repos.get(this.#ref)).data.default_branch;
    return this.#defaultBranch;
  }
  /** The file's text and blob sha on a branch, or undefined when it does not exist. */
  async readFile(path, branch) {
    try {
      const { data } = await this.#octokit.rest.repos.getContent({ ...this.#ref, path, ref: branch });
      if (Array.isArray(data) || data.type !== "file") throw new Error(`${path} is not a file`);
      const bytes = Buffer.from(data.content, "base64");
      return { text: bytes.toString("utf8"), bytes, sha: data.sha };
    } catch (error) {
      if (status(error) === 404) return void 0;
      throw error;
    }
  }
  async writeFile(path, branch, content, message, sha) {
    await this.#octokit.rest.repos.createOrUpdateFileContents({
      ...this.#ref,
      path,
      branch,
      message,
      content: (typeof content === "string" ? Buffer.from(content, "utf8") : Buffer.from(content)).toString("base64"),
      ...sha ? { sha } : {}
    });
  }
  /** Whether `branch` exists. */
  async hasBranch(branch) {
    try {
      await this.#octokit.rest.git.getRef({ ...this.#ref, ref: `heads/${branch}` });
      return true;
    } catch (error) {
      if (status(error) === 404) return false;
      throw error;
    }
  }
  /** Creates `branch` at the default branch's head; false when it already exists (an earlier run made it). */
  async createBranch(branch) {
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
  async findPull(branch) {
    const pulls = await this.#octokit.paginate(this.#octokit.rest.pulls.list, {
      ...this.#ref,
      head: `${this.#ref.owner}:${branch}`,
      state: "all",
      per_page: 100
    });
    const pull = pulls[0];
    return pull ? { number: pull.number, html_url: pull.html_url } : void 0;
  }
  async openPull(branch, title, body) {
    const base = await this.defaultBranch();
    const { data } = await this.#octokit.rest.pulls.create({ ...this.#ref, head: branch, base, title, body });
    return { number: data.number, html_url: data.html_url };
  }
};
function status(error) {
  return typeof error === "object" && error !== null && "status" in error ? Number(error.status) : void 0;
}

export {
  RepoWriter
};
