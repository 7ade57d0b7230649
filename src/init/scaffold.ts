// The files of a new group's repository, from the answers `herald init` collected (flags or prompts).
// Pure: answers in, { path: text } out. The roster rules a group cannot meet yet (two members, no board
// liaison) are written as warnings, so `herald check` passes and the gap stays visible.
import { parseConfig } from '../core/config/parse.ts';
import { lintRoster } from '../core/governance/lint-roster.ts';
import { proposalIssueForm } from '../core/proposal.ts';
import type { PlatformId, Role } from '../core/types.ts';
import type { HeraldAction } from './pins.ts';
import { heraldWorkflows } from './workflows.ts';

export interface InitMember {
  login: string;
  roles: Role[];
}

export interface InitAnswers {
  group: string;
  platforms: PlatformId[];
  /** Per platform, the settings the config needs (server for Mastodon and Discourse, Discourse's username...). */
  settings: Partial<Record<PlatformId, Record<string, string>>>;
  members: InitMember[];
  timezone: string;
  /** The first day of the members' terms (today in the time zone). */
  termStart: string;
  branch: string;
  action: HeraldAction;
}

/** What each platform's config entry needs beyond its name, asked for by flag or prompt. */
export const PLATFORM_SETTINGS: Partial<Record<PlatformId, { key: string; question: string; example: string }[]>> = {
  mastodon: [{ key: 'server', question: 'Mastodon server', example: 'https://fosstodon.org' }],
  discourse: [
    { key: 'server', question: 'Discourse forum', example: 'https://forum.example.org' },
    { key: 'username', question: 'Discourse user the API key posts as', example: 'herald-bot' },
  ],
  slack: [{ key: 'channel', question: 'Slack channel ID (C…)', example: 'C05EXAMPLE1' }],
  linkedin: [{ key: 'organization', question: 'LinkedIn organization id (numeric)', example: '2847345' }],
  facebook: [{ key: 'page', question: 'Facebook Page id', example: '104876543210987' }],
  instagram: [{ key: 'user', question: 'Instagram professional account id', example: '17841400000000000' }],
  reddit: [{ key: 'subreddit', question: 'Subreddit (without r/)', example: 'django' }],
  pinterest: [{ key: 'board', question: 'Pinterest board id', example: '549755885175' }],
};

const q = (text: string) => JSON.stringify(text);

/** Two admins per platform, rotating through the members so nobody holds every account when that is possible. */
function admins(members: InitMember[], platforms: PlatformId[]): Map<string, PlatformId[]> {
  const byMember = new Map(members.map((m) => [m.login, [] as PlatformId[]]));
  platforms.forEach((platform, i) => {
    const chosen = new Set([members[(2 * i) % members.length]!.login, members[(2 * i + 1) % members.length]!.login]);
    for (const login of chosen) byMember.get(login)!.push(platform);
  });
  return byMember;
}

function configText(a: InitAnswers, rules: string[]): string {
  const lines = [
    `# Herald configuration for ${a.group}. Every key is described in https://github.com/herald-social/herald/blob/main/docs/configuration.md`,
    `# Changes to this file are voted like posts; who votes (the roster) changes by a membership vote.`,
    '',
    `timezone: ${q(a.timezone)}`,
    '',
    'platforms:',
  ];
  for (const platform of a.platforms) {
    const settings = Object.entries(a.settings[platform] ?? {});
    lines.push(settings.length ? `  ${platform}:` : `  ${platform}: {}`);
    for (const [key, value] of settings) lines.push(`    ${key}: ${q(value)}`);
  }
  const adminsOf = admins(a.members, a.platforms);
  lines.push('', 'roster:');
  for (const member of a.members) {
    const roles = member.roles.length ? member.roles : ['member'];
    lines.push(`  - login: ${member.login}`, roles.length === 1 ? `    role: ${roles[0]}` : `    roles: [${roles.join(', ')}]`);
    lines.push(
      `    term: { start: ${a.termStart} }   # ends after governance.term_months`,
      `    admins: [${adminsOf.get(member.login)!.join(', ')}]`,
    );
  }
  lines.push('', 'governance:', '  term_months: 12', '  renewal_notice_days: 14');
  if (rules.length) {
    lines.push(
      '',
      'rules:',
      '  # herald init: the charter asks for these, and the roster does not meet them yet. Set each back to',
      '  # error once it does (docs/governance.md, "Roles and admins").',
    );
    for (const id of rules) lines.push(`  ${id}: warn`);
  }
  return `${lines.join('\n')}\n`;
}

/** The config, with every roster rule the answers cannot meet set to warn. */
export function heraldConfig(a: InitAnswers): string {
  const parsed = parseConfig('.github/herald.yml', configText(a, []));
  if (!parsed.ok) return configText(a, []);
  const failing = [
    ...new Set(
      lintRoster(parsed.config, a.termStart)
        .filter((f) => f.severity === 'error' && f.ruleId.startsWith('roster-'))
        .map((f) => f.ruleId),
    ),
  ];
  return configText(a, failing);
}

function codeowners(a: InitAnswers): string {
  const leads = a.members.filter((m) => m.roles.includes('chair') || m.roles.includes('co-chair'));
  const owners = (leads.length ? leads : a.members).map((m) => `@${m.login}`).join(' ');
  return `# Posts are decided by the group's vote (Herald). Everything else (workflows, the Herald config, the
# ledger, media) needs a review by the chairs: turn on "Require review from Code Owners" in the branch
# ruleset of ${a.branch}. The last matching line wins.
*                ${owners}
/.github/        ${owners}
/published/      ${owners}
/posts/media/    ${owners}
/posts/**/*.md
`;
}

function examplePost(a: InitAnswers): { path: string; text: string } {
  return {
    path: `posts/${a.termStart}-hello.md`,
    text: `---
language: en
# publish_at: ${a.termStart}T09:00:00Z   # omit to publish when the pull request is merged
---
Hello! ${a.group} now runs its social media as code review: every post is a pull request, and the group votes on it.
`,
  };
}

function contributing(a: InitAnswers): string {
  return `# Contributing to ${a.group}'s social media

Every post is a file in \`posts/\`, proposed in a pull request and published when the group has voted.

## How to propose a post

1. Create \`posts/<date>-<name>.md\` (or run \`npx herald new "Title"\`): front matter between \`---\` lines,
   then the text. A line with only \`---\` starts the next part of a thread; images are
   \`![what the image shows](media/photo.png "Credit: who made it, licence")\`.
2. Open a pull request. Herald comments a preview for every platform (${a.platforms.join(', ')}) with the
   exact character counts, and the guideline findings. Fix what it marks as an error.
3. When the vote passes, a member of the roster merges it; Herald publishes it once on every platform and
   comments the links.

## How to vote

Members of the roster in \`.github/herald.yml\` vote with ordinary GitHub reviews: **Approve** is a yes,
**Request changes** a no. The latest review of each active member counts; the post is ready at 50%+1 of the
active members, shown in the "Herald vote" check. A change to the post after your approval asks you again.
`;
}

export function scaffoldFiles(a: InitAnswers): Record<string, string> {
  const post = examplePost(a);
  return {
    '.github/herald.yml': heraldConfig(a),
    ...heraldWorkflows({ action: a.action, platforms: a.platforms, branch: a.branch }),
    '.github/CODEOWNERS': codeowners(a),
    // The "Propose a post" issue form, for members without git (the propose workflow reads it).
    '.github/ISSUE_TEMPLATE/post.yml': proposalIssueForm(a.platforms),
    [post.path]: post.text,
    'posts/media/.gitkeep': '',
    'CONTRIBUTING.md': contributing(a),
  };
}
