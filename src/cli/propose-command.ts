// `herald propose`: a post proposal from the issue form (--issue) or the workflow form (the answers as
// options) becomes a draft pull request, or a comment on the issue saying which answer to fix.
import { parseArgs } from 'node:util';
import { HeraldError } from '../core/errors.ts';
import { PROPOSAL_LABEL, readIssueForm, type ProposalFieldId } from '../core/proposal.ts';
import { openProposal, type ProposalDeps, type ProposalSource } from '../proposals/open-proposal.ts';
import { githubFromEnv } from './github-env.ts';
import { UsageError, type CliIO } from './io.ts';

export const PROPOSE_HELP = `Usage: herald propose (--issue <n> | --title <title> --text <text> [options])

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

export async function proposeCommand(argv: string[], io: CliIO, extra: Partial<ProposalDeps> = {}): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      issue: { type: 'string' },
      title: { type: 'string' },
      text: { type: 'string' },
      platforms: { type: 'string' },
      'publish-at': { type: 'string' },
      author: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(PROPOSE_HELP);
    return 0;
  }
  const target = githubFromEnv(io.env);
  if (typeof target === 'string')
    throw new HeraldError(`cannot open a pull request: ${target}`, {
      hint: 'run it in GitHub Actions (see .github/workflows/propose.yml)',
    });
  const deps: ProposalDeps = { octokit: target.octokit, repo: target.repo, now: io.now, ...extra };
  let source: ProposalSource;
  if (values.issue !== undefined) {
    const number = Number(values.issue);
    if (!Number.isInteger(number) || number < 1) throw new UsageError(`--issue ${values.issue}: give the issue's number`);
    const { data: issue } = await target.octokit.rest.issues.get({ ...target.repo, issue_number: number });
    if (issue.state !== 'open') {
      io.out(`#${number} is closed: nothing to do.\n`);
      return 0;
    }
    source = { issue: number, title: issue.title, author: issue.user?.login ?? 'ghost', answers: readIssueForm(issue.body ?? '') };
  } else {
    if (!values.title?.trim() || !values.text?.trim()) throw new UsageError('give --issue, or --title and --text');
    const platforms = values.platforms
      ?.split(',')
      .map((p) => `- [X] ${p.trim()}`)
      .join('\n');
    const answers: Partial<Record<ProposalFieldId, string>> = {
      text: values.text,
      ...(platforms ? { platforms } : {}),
      ...(values['publish-at'] ? { publish_at: values['publish-at'] } : {}),
    };
    source = { title: values.title, author: values.author ?? io.env.GITHUB_ACTOR ?? 'ghost', answers };
  }
  const outcome = await openProposal(source, deps);
  if (!outcome.ok) {
    io.out(io.style.red(`The proposal needs changes:\n${outcome.problems.map((p) => `  ${p.field} ${p.message}`).join('\n')}\n`));
    return 1;
  }
  io.out(`${outcome.created ? 'Opened' : 'Updated'} draft pull request #${outcome.pull}: ${outcome.url}\n`);
  return 0;
}
