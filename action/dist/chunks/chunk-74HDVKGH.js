import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  Octokit2 as Octokit
} from "./chunk-3CHZTI3E.js";

// src/cli/github-env.ts
function githubFromEnv(env) {
  const token = env.GITHUB_TOKEN;
  const full = env.GITHUB_REPOSITORY;
  if (!token || !full) {
    const missing = [!token && "GITHUB_TOKEN", !full && "GITHUB_REPOSITORY"].filter(Boolean).join(" and ");
    return `${missing} ${missing.includes(" and ") ? "are" : "is"} not set`;
  }
  const [owner, repo, ...rest] = full.split("/");
  if (!owner || !repo || rest.length) return `GITHUB_REPOSITORY "${full}" is not owner/name`;
  const octokit = new Octokit({
    auth: token,
    baseUrl: env.GITHUB_API_URL ?? "https://api.github.com",
    userAgent: "herald-cli",
    log: { debug() {
    }, info() {
    }, warn() {
    }, error() {
    } }
  });
  return { octokit, repo: { owner, repo } };
}

export {
  githubFromEnv
};
