import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  RepoWriter
} from "./chunk-NMEJ6P7K.js";
import {
  PROPOSAL_LABEL,
  planProposal,
  problemsComment,
  proposalPost,
  proposalPullBody,
  readIssueForm
} from "./chunk-FG3BCAKT.js";
import {
  UsageError
} from "./chunk-ULXHZYTN.js";
import {
  githubFromEnv
} from "./chunk-74HDVKGH.js";
import "./chunk-3CHZTI3E.js";
import {
  checkPosts
} from "./chunk-3NJOCSMB.js";
import "./chunk-7D4YKRYP.js";
import "./chunk-5OAOWV7G.js";
import "./chunk-PFFRYQV4.js";
import "./chunk-D5VXPMST.js";
import "./chunk-3LIYO7YQ.js";
import "./chunk-5SILHX7E.js";
import "./chunk-D5V65JXJ.js";
import {
  parseConfig
} from "./chunk-VI3XVR6Y.js";
import "./chunk-C6CUBHRC.js";
import "./chunk-IZPRORHO.js";
import "./chunk-L2G2ITLI.js";
import {
  safeFetch
} from "./chunk-YWLX4VJT.js";
import "./chunk-2DRRQAKG.js";
import {
  HeraldError
} from "./chunk-QKSMSPLC.js";

// src/cli/propose-command.ts
import { parseArgs } from "node:util";

// src/proposals/open-proposal.ts
var CONFIG_PATH = ".github/herald.yml";
var MARKER = "<!-- herald: proposal -->";
var IMAGE_LIMITS = { maxBytes: 15 * 1024 * 1024, timeoutMs: 3e4, maxRedirects: 3 };
var GITHUB_UPLOADS = /* @__PURE__ */ new Set(["github.com", "user-images.githubusercontent.com", "private-user-images.githubusercontent.com"]);
async function openProposal(source, deps) {
  const writer = new RepoWriter(deps.octokit, deps.repo);
  const base = await writer.defaultBranch();
  const configFile = await writer.readFile(CONFIG_PATH, base);
  const parsed = parseConfig(CONFIG_PATH, configFile?.text ?? "");
  if (!parsed.ok)
    return finish(source, deps, [
      { field: CONFIG_PATH, message: "has errors on the default branch: an admin has to fix it first (herald check shows them)" }
    ]);
  const isAttachment = deps.isAttachment ?? ((url) => url.protocol === "https:" && GITHUB_UPLOADS.has(url.hostname));
  const plan = planProposal(source.answers, {
    title: source.title,
    number: source.issue ?? 0,
    config: parsed.config,
    now: deps.now,
    isAttachment
  });
  if (!plan.ok) return finish(source, deps, plan.problems);
  let media;
  if (plan.image) {
    const image = await downloadImage(plan.image.url, deps.fetchOptions);
    if (typeof image === "string") return finish(source, deps, [{ field: "Image", message: image }]);
    media = { path: `media/${plan.file.slice("posts/".length, -".md".length)}.${image.extension}`, bytes: image.bytes };
  }
  const text = proposalPost(plan, source.issue ?? 0, media?.path);
  const report = await checkPosts({
    files: [{ path: plan.file, content: text }],
    config: parsed.config,
    now: deps.now,
    mediaExists: (p) => p === `posts/${media?.path}`
  });
  const errors = report.posts.flatMap((p) => p.findings).filter((f) => f.severity === "error");
  if (errors.length)
    return finish(
      source,
      deps,
      errors.map((f) => ({ field: fieldOf(f, text), message: f.message }))
    );
  const branch = `herald/proposal-${source.issue ?? slugOf(plan.file)}`;
  await writer.createBranch(branch);
  const message = source.issue ? `Post proposed in #${source.issue}` : `Post proposed by @${source.author}`;
  if (media) await writeIfChanged(writer, `posts/${media.path}`, branch, media.bytes, message);
  await writeIfChanged(writer, plan.file, branch, new TextEncoder().encode(text), message);
  const existing = await writer.findPull(branch);
  const pull = existing ?? await openDraft(deps, branch, base, source, plan);
  const outcome = { ok: true, pull: pull.number, url: pull.html_url, created: !existing };
  if (source.issue)
    await upsertComment(
      deps,
      source.issue,
      `${MARKER}
Thanks! The post is in draft pull request #${pull.number}: members vote on it there. Edit this issue to change it.`
    );
  return outcome;
}
async function finish(source, deps, problems) {
  if (source.issue) await upsertComment(deps, source.issue, `${MARKER}
${problemsComment(problems)}`);
  return { ok: false, problems };
}
async function openDraft(deps, branch, base, source, plan) {
  const title = source.title.replace(/^post:\s*/i, "").trim() || plan.file;
  const { data } = await deps.octokit.rest.pulls.create({
    ...deps.repo,
    head: branch,
    base,
    title: `Post: ${title}`,
    body: proposalPullBody(source.issue, source.author, plan),
    draft: true
  });
  return { number: data.number, html_url: data.html_url };
}
async function writeIfChanged(writer, path, branch, bytes, message) {
  const current = await writer.readFile(path, branch);
  const content = Buffer.from(bytes);
  if (current && current.bytes.equals(content)) return;
  await writer.writeFile(path, branch, content, message, current?.sha);
}
async function upsertComment(deps, issue, body) {
  const comments = await deps.octokit.paginate(deps.octokit.rest.issues.listComments, { ...deps.repo, issue_number: issue, per_page: 100 });
  const mine = comments.find((c) => c.body?.startsWith(MARKER) && c.user?.type === "Bot");
  if (mine?.body === body) return;
  if (mine) await deps.octokit.rest.issues.updateComment({ ...deps.repo, comment_id: mine.id, body });
  else await deps.octokit.rest.issues.createComment({ ...deps.repo, issue_number: issue, body });
}
async function downloadImage(url, options = {}) {
  let response;
  try {
    response = await safeFetch(url, { ...IMAGE_LIMITS, ...options, accept: "image/*" });
  } catch (error) {
    return `could not be downloaded (${error.message}): upload it again, or add it to the pull request by hand`;
  }
  if (response.status !== 200) return `could not be downloaded (HTTP ${response.status}): upload it again`;
  const extension = imageType(response.body);
  if (!extension) return "is not a PNG, JPEG, GIF or WebP image";
  return { bytes: response.body, extension };
}
function imageType(bytes) {
  const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
  if (starts(137, 80, 78, 71, 13, 10, 26, 10)) return "png";
  if (starts(255, 216, 255)) return "jpg";
  if (starts(71, 73, 70, 56)) return "gif";
  if (starts(82, 73, 70, 70) && bytes[8] === 87 && bytes[9] === 69 && bytes[10] === 66 && bytes[11] === 80) return "webp";
  return void 0;
}
function fieldOf(finding, text) {
  const lines = text.split("\n");
  const line = lines[finding.line - 1] ?? "";
  if (line.startsWith("publish_at:")) return "Publish at";
  if (line.startsWith("platforms:")) return "Platforms";
  if (line.startsWith("![")) return /credit/i.test(finding.ruleId) ? "Image credit" : "Image description (alt text)";
  return "Post text";
}
function slugOf(file) {
  return file.slice(file.lastIndexOf("/") + 1, -".md".length);
}

// src/cli/propose-command.ts
var PROPOSE_HELP = `Usage: herald propose (--issue <n> | --title <title> --text <text> [options])

Turns a post proposal into a draft pull request with the post file (and its image in posts/media/),
voted on like any post. From an issue opened with the "Propose a post" form (label "${PROPOSAL_LABEL}"):
the answers are read from the issue, problems are commented on it, and the pull request closes it
when merged. From the workflow form: the answers are given as options. Needs GITHUB_TOKEN and
GITHUB_REPOSITORY (it runs in GitHub Actions).

Options:
  --issue <n>         the proposal issue
  --title <title>     the post's title (names the file)
  --text <text>       the post text
  --platforms <list>  platform names, comma-separated (default: every platform)
  --publish-at <t>    e.g. 2026-12-15T17:00:00+01:00 (default: publish on merge)
  --author <login>    who proposed it (default: GITHUB_ACTOR)
  -h, --help          show this help
`;
async function proposeCommand(argv, io, extra = {}) {
  const { values } = parseArgs({
    args: argv,
    options: {
      issue: { type: "string" },
      title: { type: "string" },
      text: { type: "string" },
      platforms: { type: "string" },
      "publish-at": { type: "string" },
      author: { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    io.out(PROPOSE_HELP);
    return 0;
  }
  const target = githubFromEnv(io.env);
  if (typeof target === "string")
    throw new HeraldError(`cannot open a pull request: ${target}`, {
      hint: "run it in GitHub Actions (see .github/workflows/propose.yml)"
    });
  const deps = { octokit: target.octokit, repo: target.repo, now: io.now, ...extra };
  let source;
  if (values.issue !== void 0) {
    const number = Number(values.issue);
    if (!Number.isInteger(number) || number < 1) throw new UsageError(`--issue ${values.issue}: give the issue's number`);
    const { data: issue } = await target.octokit.rest.issues.get({ ...target.repo, issue_number: number });
    if (issue.state !== "open") {
      io.out(`#${number} is closed: nothing to do.
`);
      return 0;
    }
    source = { issue: number, title: issue.title, author: issue.user?.login ?? "ghost", answers: readIssueForm(issue.body ?? "") };
  } else {
    if (!values.title?.trim() || !values.text?.trim()) throw new UsageError("give --issue, or --title and --text");
    const platforms = values.platforms?.split(",").map((p) => `- [X] ${p.trim()}`).join("\n");
    const answers = {
      text: values.text,
      ...platforms ? { platforms } : {},
      ...values["publish-at"] ? { publish_at: values["publish-at"] } : {}
    };
    source = { title: values.title, author: values.author ?? io.env.GITHUB_ACTOR ?? "ghost", answers };
  }
  const outcome = await openProposal(source, deps);
  if (!outcome.ok) {
    io.out(io.style.red(`The proposal needs changes:
${outcome.problems.map((p) => `  ${p.field} ${p.message}`).join("\n")}
`));
    return 1;
  }
  io.out(`${outcome.created ? "Opened" : "Updated"} draft pull request #${outcome.pull}: ${outcome.url}
`);
  return 0;
}
export {
  PROPOSE_HELP,
  proposeCommand
};
