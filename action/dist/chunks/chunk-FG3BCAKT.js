import { createRequire as __heraldCreateRequire } from 'node:module';
const require = __heraldCreateRequire(import.meta.url);
import {
  localDate
} from "./chunk-3LIYO7YQ.js";
import {
  platformName,
  postTargets
} from "./chunk-D5V65JXJ.js";
import {
  slugify
} from "./chunk-VI3XVR6Y.js";
import {
  parseDateTime,
  require_dist
} from "./chunk-IZPRORHO.js";
import {
  __toESM
} from "./chunk-QKSMSPLC.js";

// src/core/proposal.ts
var import_yaml = __toESM(require_dist(), 1);
var PROPOSAL_FIELDS = [
  { id: "text", label: "Post text", help: "What the post says. A line with only --- starts the next post of a thread.", required: true },
  { id: "platforms", label: "Platforms", help: "Leave all unticked to post everywhere the group posts.", required: false },
  { id: "image", label: "Image", help: "Drag one image here (PNG, JPEG, GIF or WebP). Optional.", required: false },
  {
    id: "alt",
    label: "Image description (alt text)",
    help: "What the image shows, for people who cannot see it. Needed with an image.",
    required: false
  },
  { id: "credit", label: "Image credit", help: 'Who made the image and its licence, e.g. "Photo: Jane Doe, CC BY 4.0".', required: false },
  {
    id: "publish_at",
    label: "Publish at",
    help: "Leave empty to publish when the pull request is merged, or give a time with its offset, e.g. 2026-12-15T17:00:00+01:00.",
    required: false
  }
];
var PROPOSAL_LABEL = "post proposal";
function proposalIssueForm(platforms) {
  const body = PROPOSAL_FIELDS.map((field) => {
    const attributes = { label: field.label, description: field.help };
    if (field.id === "platforms") {
      return {
        type: "checkboxes",
        id: field.id,
        attributes: { ...attributes, options: platforms.map((p) => ({ label: platformName(p) })) }
      };
    }
    const type = field.id === "text" || field.id === "image" ? "textarea" : "input";
    return { type, id: field.id, attributes, validations: { required: field.required } };
  });
  const form = {
    name: "Propose a post",
    description: "Suggest a post for the group\u2019s accounts. Herald opens a pull request with it; members vote on it there.",
    title: "Post: ",
    labels: [PROPOSAL_LABEL],
    body: [
      { type: "markdown", attributes: { value: "Herald turns this into a post file and a draft pull request, and links it here." } },
      ...body
    ]
  };
  return `# Written by herald init from Herald's proposal form; Herald reads the answers by these labels.
${(0, import_yaml.stringify)(form, { lineWidth: 0 })}`;
}
function readIssueForm(body) {
  const answers = {};
  let current;
  let lines = [];
  const close = () => {
    if (current === void 0 || answers[current] !== void 0) return;
    const value = lines.join("\n").trim();
    answers[current] = value === "_No response_" ? "" : value;
  };
  for (const line of body.replace(/\r\n?/g, "\n").split("\n")) {
    const heading = /^### +(.+?)\s*$/.exec(line)?.[1];
    const field = heading === void 0 ? void 0 : PROPOSAL_FIELDS.find((f) => f.label === heading);
    if (field) {
      close();
      [current, lines] = [field.id, []];
    } else lines.push(line);
  }
  close();
  return answers;
}
function planProposal(answers, context) {
  const problems = [];
  const label = (id) => PROPOSAL_FIELDS.find((f) => f.id === id).label;
  const text = answers.text?.trim() ?? "";
  if (!text) problems.push({ field: label("text"), message: "is empty: write what the post should say" });
  let platforms;
  const ticked = (answers.platforms ?? "").split("\n").flatMap((line) => /^- \[[xX]\] +(.+)$/.exec(line.trim())?.[1]?.trim() ?? []);
  if (ticked.length > 0) {
    const names = new Map(postTargets({}, context.config).map((id) => [platformName(id).toLowerCase(), id]));
    platforms = [];
    for (const name of ticked) {
      const id = names.get(name.toLowerCase());
      if (id) platforms.push(id);
      else
        problems.push({
          field: label("platforms"),
          message: `"${name}" is not one of the group's platforms (${[...names.values()].map(platformName).join(", ")})`
        });
    }
  }
  const images = imageUrls(answers.image ?? "");
  let image;
  if (images.length > 1)
    problems.push({ field: label("image"), message: `has ${images.length} images: attach one (add more to the pull request later)` });
  else if (images.length === 1) {
    const url = images[0];
    const parsed = URL.canParse(url) ? new URL(url) : void 0;
    if (!parsed || !context.isAttachment(parsed)) {
      problems.push({
        field: label("image"),
        message: "must be an image uploaded to this issue (drag the file into the field), not a link to another site"
      });
    } else image = { url };
    if (!answers.alt?.trim())
      problems.push({ field: label("alt"), message: "is empty: describe what the image shows for people who cannot see it" });
  } else if ((answers.image ?? "").trim()) {
    problems.push({ field: label("image"), message: "has no image: drag the image file into the field so GitHub uploads it" });
  }
  let publishAt;
  let day = context.now;
  const when = answers.publish_at?.trim();
  if (when) {
    const parsed = parseDateTime(when);
    if (!parsed.ok)
      problems.push({
        field: label("publish_at"),
        message: `${parsed.reason}: write e.g. 2026-12-15T17:00:00+01:00, or leave it empty to publish on merge`
      });
    else [publishAt, day] = [when, parsed.date];
  }
  const slug = slugify(context.title.replace(/^post:\s*/i, "")) || `proposal-${context.number}`;
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    file: `posts/${localDate(day, context.config.timezone)}-${slug}.md`,
    answers,
    ...image ? { image } : {},
    ...platforms ? { platforms } : {},
    ...publishAt ? { publishAt } : {}
  };
}
function proposalPost(plan, issue, mediaPath) {
  const origin = issue ? `# Proposed in issue #${issue}.` : "# Proposed with the workflow form.";
  const front = { language: "en" };
  if (plan.platforms) front.platforms = plan.platforms;
  if (plan.publishAt) front.publish_at = plan.publishAt;
  const lines = ["---", origin, (0, import_yaml.stringify)(front).trimEnd(), "---", plan.answers.text.trim()];
  if (mediaPath) {
    const alt = oneLine(plan.answers.alt ?? "").replace(/[[\]]/g, "");
    const credit = oneLine(plan.answers.credit ?? "").replace(/"/g, "\u201D");
    lines.push("", `![${alt}](${mediaPath}${credit ? ` "${credit}"` : ""})`);
  }
  return `${lines.join("\n")}
`;
}
function imageUrls(answer) {
  const urls = [...answer.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)].map((m) => m[1]);
  urls.push(...[...answer.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]));
  return [...new Set(urls)];
}
function oneLine(text) {
  return text.replace(/\s+/g, " ").trim();
}
function problemsComment(problems) {
  return [
    "Herald could not turn this proposal into a post yet. Edit the issue and change:",
    "",
    ...problems.map((p) => `- **${p.field}** ${p.message}`),
    "",
    "Herald tries again when the issue is edited."
  ].join("\n");
}
function proposalPullBody(issue, author, plan) {
  const where = plan.platforms ? plan.platforms.map(platformName).join(", ") : "every platform the group posts to";
  const when = plan.publishAt ? `at ${plan.publishAt}` : "when this pull request is merged";
  const origin = issue ? `in #${issue}` : "with the workflow form";
  const closes = issue ? `

Closes #${issue}.` : "";
  return `Proposed by @${author} ${origin}. Merging publishes it to ${where} ${when}, once the vote passes.${closes}
`;
}

export {
  PROPOSAL_LABEL,
  proposalIssueForm,
  readIssueForm,
  planProposal,
  proposalPost,
  problemsComment,
  proposalPullBody
};
