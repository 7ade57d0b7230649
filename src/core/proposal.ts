// Post proposals from people who don't use git: the issue form (and the workflow_dispatch form) whose
// answers become a post file on a draft pull request, voted on like any post. Pure: the form's
// definition, reading GitHub's rendering of the answers, and writing the post file.
import { stringify } from 'yaml';
import { parseDateTime } from './post/datetime.ts';
import { platformName, postTargets } from './rules/platforms.ts';
import { slugify } from './slug.ts';
import { localDate } from './tally/local-date.ts';
import type { HeraldConfig, PlatformId } from './types.ts';

export type ProposalFieldId = 'text' | 'platforms' | 'image' | 'alt' | 'credit' | 'publish_at';

/** The form's questions; the issue template and the answers' reader both come from this list. */
export const PROPOSAL_FIELDS: readonly { id: ProposalFieldId; label: string; help: string; required: boolean }[] = [
  { id: 'text', label: 'Post text', help: 'What the post says. A line with only --- starts the next post of a thread.', required: true },
  { id: 'platforms', label: 'Platforms', help: 'Leave all unticked to post everywhere the group posts.', required: false },
  { id: 'image', label: 'Image', help: 'Drag one image here (PNG, JPEG, GIF or WebP). Optional.', required: false },
  {
    id: 'alt',
    label: 'Image description (alt text)',
    help: 'What the image shows, for people who cannot see it. Needed with an image.',
    required: false,
  },
  { id: 'credit', label: 'Image credit', help: 'Who made the image and its licence, e.g. "Photo: Jane Doe, CC BY 4.0".', required: false },
  {
    id: 'publish_at',
    label: 'Publish at',
    help: 'Leave empty to publish when the pull request is merged, or give a time with its offset, e.g. 2026-12-15T17:00:00+01:00.',
    required: false,
  },
];

export const PROPOSAL_LABEL = 'post proposal';

/** `.github/ISSUE_TEMPLATE/post.yml`: GitHub's issue-form syntax, for the platforms the group posts to. */
export function proposalIssueForm(platforms: PlatformId[]): string {
  const body = PROPOSAL_FIELDS.map((field) => {
    const attributes = { label: field.label, description: field.help };
    if (field.id === 'platforms') {
      return {
        type: 'checkboxes',
        id: field.id,
        attributes: { ...attributes, options: platforms.map((p) => ({ label: platformName(p) })) },
      };
    }
    const type = field.id === 'text' || field.id === 'image' ? 'textarea' : 'input';
    return { type, id: field.id, attributes, validations: { required: field.required } };
  });
  const form = {
    name: 'Propose a post',
    description: 'Suggest a post for the group’s accounts. Herald opens a pull request with it; members vote on it there.',
    title: 'Post: ',
    labels: [PROPOSAL_LABEL],
    body: [
      { type: 'markdown', attributes: { value: 'Herald turns this into a post file and a draft pull request, and links it here.' } },
      ...body,
    ],
  };
  return `# Written by herald init from Herald's proposal form; Herald reads the answers by these labels.\n${stringify(form, { lineWidth: 0 })}`;
}

/**
 * The answers from an issue body as GitHub renders an issue form: `### <label>` then the answer,
 * `_No response_` for an empty one. Unknown headings are ignored; a missing one is an empty answer.
 */
export function readIssueForm(body: string): Partial<Record<ProposalFieldId, string>> {
  const answers: Partial<Record<ProposalFieldId, string>> = {};
  let current: ProposalFieldId | undefined;
  let lines: string[] = [];
  const close = () => {
    if (current === undefined || answers[current] !== undefined) return;
    const value = lines.join('\n').trim();
    answers[current] = value === '_No response_' ? '' : value;
  };
  // Only a heading that is one of the form's labels starts an answer: a "### " the proposer typed stays text.
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const heading = /^### +(.+?)\s*$/.exec(line)?.[1];
    const field = heading === undefined ? undefined : PROPOSAL_FIELDS.find((f) => f.label === heading);
    if (field) {
      close();
      [current, lines] = [field.id, []];
    } else lines.push(line);
  }
  close();
  return answers;
}

export interface ProposalProblem {
  field: string;
  message: string;
}

export interface ProposalImage {
  url: string;
}

export type ProposalPlan =
  | {
      ok: true;
      file: string;
      image?: ProposalImage;
      answers: Partial<Record<ProposalFieldId, string>>;
      platforms?: PlatformId[];
      publishAt?: string;
    }
  | { ok: false; problems: ProposalProblem[] };

/** Validates the answers and names the file; the edge then downloads the image and calls proposalPost. */
export function planProposal(
  answers: Partial<Record<ProposalFieldId, string>>,
  context: { title: string; number: number; config: HeraldConfig; now: Date; isAttachment: (url: URL) => boolean },
): ProposalPlan {
  const problems: ProposalProblem[] = [];
  const label = (id: ProposalFieldId) => PROPOSAL_FIELDS.find((f) => f.id === id)!.label;
  const text = answers.text?.trim() ?? '';
  if (!text) problems.push({ field: label('text'), message: 'is empty: write what the post should say' });

  let platforms: PlatformId[] | undefined;
  const ticked = (answers.platforms ?? '').split('\n').flatMap((line) => /^- \[[xX]\] +(.+)$/.exec(line.trim())?.[1]?.trim() ?? []);
  if (ticked.length > 0) {
    const names = new Map(postTargets({}, context.config).map((id) => [platformName(id).toLowerCase(), id]));
    platforms = [];
    for (const name of ticked) {
      const id = names.get(name.toLowerCase());
      if (id) platforms.push(id);
      else
        problems.push({
          field: label('platforms'),
          message: `"${name}" is not one of the group's platforms (${[...names.values()].map(platformName).join(', ')})`,
        });
    }
  }

  const images = imageUrls(answers.image ?? '');
  let image: ProposalImage | undefined;
  if (images.length > 1)
    problems.push({ field: label('image'), message: `has ${images.length} images: attach one (add more to the pull request later)` });
  else if (images.length === 1) {
    const url = images[0]!;
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    if (!parsed || !context.isAttachment(parsed)) {
      problems.push({
        field: label('image'),
        message: 'must be an image uploaded to this issue (drag the file into the field), not a link to another site',
      });
    } else image = { url };
    if (!answers.alt?.trim())
      problems.push({ field: label('alt'), message: 'is empty: describe what the image shows for people who cannot see it' });
  } else if ((answers.image ?? '').trim()) {
    problems.push({ field: label('image'), message: 'has no image: drag the image file into the field so GitHub uploads it' });
  }

  let publishAt: string | undefined;
  let day = context.now;
  const when = answers.publish_at?.trim();
  if (when) {
    const parsed = parseDateTime(when);
    if (!parsed.ok)
      problems.push({
        field: label('publish_at'),
        message: `${parsed.reason}: write e.g. 2026-12-15T17:00:00+01:00, or leave it empty to publish on merge`,
      });
    else [publishAt, day] = [when, parsed.date];
  }

  const slug = slugify(context.title.replace(/^post:\s*/i, '')) || `proposal-${context.number}`;
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    file: `posts/${localDate(day, context.config.timezone)}-${slug}.md`,
    answers,
    ...(image ? { image } : {}),
    ...(platforms ? { platforms } : {}),
    ...(publishAt ? { publishAt } : {}),
  };
}

/** The post file; `mediaPath` is the image's path relative to posts/ once the edge has stored it. */
export function proposalPost(plan: Extract<ProposalPlan, { ok: true }>, issue: number, mediaPath?: string): string {
  const origin = issue ? `# Proposed in issue #${issue}.` : '# Proposed with the workflow form.';
  const front: Record<string, unknown> = { language: 'en' };
  if (plan.platforms) front.platforms = plan.platforms;
  if (plan.publishAt) front.publish_at = plan.publishAt;
  const lines = ['---', origin, stringify(front).trimEnd(), '---', plan.answers.text!.trim()];
  if (mediaPath) {
    const alt = oneLine(plan.answers.alt ?? '').replace(/[[\]]/g, '');
    const credit = oneLine(plan.answers.credit ?? '').replace(/"/g, '”');
    lines.push('', `![${alt}](${mediaPath}${credit ? ` "${credit}"` : ''})`);
  }
  return `${lines.join('\n')}\n`;
}

/** Image URLs in a GitHub-rendered answer: markdown images and <img src>. */
function imageUrls(answer: string): string[] {
  const urls = [...answer.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)].map((m) => m[1]!);
  urls.push(...[...answer.matchAll(/<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!));
  return [...new Set(urls)];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The issue comment for answers that cannot become a post: each field with what to change. */
export function problemsComment(problems: ProposalProblem[]): string {
  return [
    'Herald could not turn this proposal into a post yet. Edit the issue and change:',
    '',
    ...problems.map((p) => `- **${p.field}** ${p.message}`),
    '',
    'Herald tries again when the issue is edited.',
  ].join('\n');
}

/** What merging the proposal does, for the pull request's body. */
export function proposalPullBody(issue: number | undefined, author: string, plan: Extract<ProposalPlan, { ok: true }>): string {
  const where = plan.platforms ? plan.platforms.map(platformName).join(', ') : 'every platform the group posts to';
  const when = plan.publishAt ? `at ${plan.publishAt}` : 'when this pull request is merged';
  const origin = issue ? `in #${issue}` : 'with the workflow form';
  const closes = issue ? `\n\nCloses #${issue}.` : '';
  return `Proposed by @${author} ${origin}. Merging publishes it to ${where} ${when}, once the vote passes.${closes}\n`;
}
