// The quarterly report to the board, as markdown with a chart: published posts, votes, failures, engagement.
import { PLATFORM_NAMES } from '../comment/preview.ts';
import type { PlatformId } from '../types.ts';

/** "LinkedIn", not "linkedin"; an id Herald does not know stays as written. */
const nameOf = (id: string): string => PLATFORM_NAMES[id as PlatformId] ?? id;

/** The message without a leading platform name the Platform column already shows. */
const withoutPlatform = (message: string, id: string): string =>
  message.replace(new RegExp(`^(?:${id}|${nameOf(id)})(?: API)?:\\s*`, 'i'), '');
import { barChartSvg } from './chart.ts';
import { countByPlatformAndMonth, deliveries, monthsOf, type Delivery } from './published.ts';
import { revisionRecords, revisionsSection, revisionSummary } from './revisions.ts';
import type { Report, ReportInput } from './types.ts';
import { median, participation, quorumReachedAt } from './votes.ts';

export function renderReport(input: ReportInput): Report {
  const list = deliveries(input.ledger, input.period, input.timezone);
  const months = monthsOf(input.period);
  const order = input.platforms.map((p) => p.id);
  const counts = new Map([...countByPlatformAndMonth(list, months)].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
  const svg = barChartSvg(`Posts per month, ${input.period.label}`, months, counts);
  const revisions = revisionRecords(input.ledger, input.period, input.timezone);
  const sections = [
    `# Herald report ${input.period.label}`,
    `${input.period.start} to ${input.period.end} (${input.timezone}).`,
    summarySection(input, list, revisionSummary(revisions)),
    publishedSection(input, months, counts),
    votesSection(input),
    failuresSection(input),
    revisionsSection(revisions, oneLine),
    engagementSection(input, list),
  ];
  return { markdown: sections.join('\n\n') + '\n', svg };
}

function summarySection(input: ReportInput, list: Delivery[], revisions: string): string {
  const posts = new Set(list.map((d) => d.postId)).size;
  const retired = input.platforms.filter((p) => p.retired);
  const lines = [
    '## Summary',
    '',
    `- ${posts} post${posts === 1 ? '' : 's'} published, ${list.length} deliver${list.length === 1 ? 'y' : 'ies'} across platforms`,
    input.votesMissing
      ? `- Votes not counted: ${oneLine(input.votesMissing)}`
      : `- ${input.votes.length} pull request${input.votes.length === 1 ? '' : 's'} voted and merged`,
    failureSummary(input),
    revisions,
  ];
  for (const platform of retired) {
    lines.push(
      `- ${nameOf(platform.id)} retired since ${platform.retired?.since}${platform.retired?.successor ? ` (moved to ${nameOf(platform.retired.successor)})` : ''}; its history stays in this report`,
    );
  }
  return lines.join('\n');
}

function publishedSection(input: ReportInput, months: string[], counts: Map<string, number[]>): string {
  const header = `| Platform | ${months.join(' | ')} | Total |`;
  const rule = `|---|${months.map(() => '---:').join('|')}|---:|`;
  const rows = [...counts.entries()].map(
    ([platform, row]) => `| ${nameOf(platform)} | ${row.join(' | ')} | ${row.reduce((a, b) => a + b, 0)} |`,
  );
  const body = rows.length ? [header, rule, ...rows].join('\n') : '_Nothing was published in this period._';
  return ['## Posts published per platform and month', '', `![Posts per month per platform](${input.chartFile})`, '', body].join('\n');
}

function votesSection(input: ReportInput): string {
  const hours = input.votes.flatMap((vote) => {
    const at = quorumReachedAt(vote, input.roster, input.policy, input.timezone);
    return at ? [(Date.parse(at) - Date.parse(vote.openedAt)) / 3_600_000] : [];
  });
  const mid = median(hours);
  const lines = ['## Votes', ''];
  if (input.votesMissing) return [...lines, `_The votes could not be read: ${oneLine(input.votesMissing)}._`].join('\n');
  lines.push(
    mid === undefined
      ? '- Median time from pull request to quorum: no PR reached quorum in this period'
      : `- Median time from pull request to quorum: ${formatHours(mid)} (${hours.length} PRs)`,
  );
  const people = participation(input.votes, input.roster, input.timezone);
  if (people.length) {
    lines.push('', '| Member | Took part | Of PRs during their term |', '|---|---:|---:|');
    for (const p of people) lines.push(`| @${p.login} | ${p.took} | ${p.eligible} |`);
  }
  return lines.join('\n');
}

/** "3 failed attempts for 2 posts on a platform, 1 of them published on a retry": attempts counted as the table counts them. */
function failureSummary(input: ReportInput): string {
  const attempts = input.failures.reduce((n, f) => n + f.attempts, 0);
  const recovered = input.failures.filter((f) => f.recovered).length;
  if (attempts === 0) return '- No failed attempt to publish';
  const pairs = input.failures.length;
  return `- ${attempts} failed attempt${attempts === 1 ? '' : 's'} to publish, for ${pairs} post${pairs === 1 ? '' : 's'} on a platform; ${recovered} of ${pairs} published on a retry`;
}

function failuresSection(input: ReportInput): string {
  if (input.failures.length === 0) return '## Failures and retries\n\nNo publish attempt failed.';
  const rows = input.failures.map(
    (f) =>
      `| ${f.at.slice(0, 10)} | ${f.postId} | ${nameOf(f.platform)} | ${f.attempts} | ${f.recovered ? 'published on retry' : '**not published**'} | ${oneLine(withoutPlatform(f.message, f.platform))} |`,
  );
  return [
    '## Failures and retries',
    '',
    '| Date | Post | Platform | Failed attempts | Outcome | Message |',
    '|---|---|---|---:|---|---|',
    ...rows,
  ].join('\n');
}

function engagementSection(input: ReportInput, list: Delivery[]): string {
  const lines = ['## Engagement', ''];
  const followers = Object.entries(input.followers);
  if (followers.length) {
    lines.push('| Platform | Followers |', '|---|---:|', ...followers.map(([p, n]) => `| ${nameOf(p)} | ${n} |`), '');
  }
  const inPeriod = new Set(list.map((d) => `${d.postId}/${d.platform}`));
  const rows = input.engagement.filter((e) => inPeriod.has(`${e.postId}/${e.platform}`));
  if (rows.length) {
    lines.push('| Post | Platform | Likes | Reposts | Replies |', '|---|---|---:|---:|---:|');
    for (const e of rows)
      lines.push(`| [${e.postId}](${e.url}) | ${nameOf(e.platform)} | ${n(e.likes)} | ${n(e.reposts)} | ${n(e.replies)} |`);
  } else {
    lines.push('_No engagement figures were available._');
  }
  if (input.missing.length) {
    lines.push('', '**Missing numbers**', '');
    for (const m of input.missing) lines.push(`- ${nameOf(m.platform)}: ${m.what}: ${oneLine(withoutPlatform(m.reason, m.platform))}`);
  }
  return lines.join('\n');
}

function formatHours(hours: number): string {
  return hours < 48 ? `${Math.round(hours * 10) / 10} hours` : `${Math.round((hours / 24) * 10) / 10} days`;
}

function n(value: number | undefined): string {
  return value === undefined ? '–' : String(value);
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}
