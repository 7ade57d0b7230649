// The GitHub settings `herald doctor` can read with the token it is given: the `social` environment and the
// names of its secrets, and whether workflows may open pull requests (feeds and report need it). A token
// that may not read one of them gets a "could not check", never a guess.
import type { DoctorLine } from './doctor-command.ts';
import type { GitHubTarget } from './github-env.ts';

const ENVIRONMENT = 'social';

function status(error: unknown): number | undefined {
  return (error as { status?: number }).status;
}

export async function githubSettings({ octokit, repo }: GitHubTarget, needed: string[]): Promise<DoctorLine[]> {
  const lines: DoctorLine[] = [];
  const where = `${repo.owner}/${repo.repo}`;
  try {
    await octokit.rest.repos.getEnvironment({ ...repo, environment_name: ENVIRONMENT });
    lines.push({ verdict: 'ok', text: `${where} has the environment "${ENVIRONMENT}"` });
    try {
      const secrets = await octokit.paginate(octokit.rest.actions.listEnvironmentSecrets, {
        ...repo,
        environment_name: ENVIRONMENT,
        per_page: 100,
      });
      const names = new Set(secrets.map((s) => s.name));
      const absent = needed.filter((n) => !names.has(n));
      lines.push(
        absent.length
          ? {
              verdict: 'fix',
              text: `the "${ENVIRONMENT}" environment lacks the secrets ${absent.join(', ')} (docs/credentials.md says how to make each)`,
            }
          : { verdict: 'ok', text: `the "${ENVIRONMENT}" environment has every secret the enabled platforms need` },
      );
    } catch (error) {
      lines.push({
        verdict: 'unknown',
        text: `could not list the "${ENVIRONMENT}" environment's secrets (HTTP ${status(error) ?? '?'}: the token needs Secrets: read); check by hand: ${needed.join(', ')}`,
      });
    }
  } catch (error) {
    lines.push(
      status(error) === 404
        ? {
            verdict: 'fix',
            text: `${where} has no environment "${ENVIRONMENT}": create it (Settings → Environments) with the platform secrets`,
          }
        : { verdict: 'unknown', text: `could not read the "${ENVIRONMENT}" environment (HTTP ${status(error) ?? '?'})` },
    );
  }
  try {
    const { data } = await octokit.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository(repo);
    lines.push(
      data.can_approve_pull_request_reviews
        ? { verdict: 'ok', text: 'GitHub Actions may create pull requests (feeds and report open theirs)' }
        : {
            verdict: 'fix',
            text: 'GitHub Actions may not create pull requests: Settings → Actions → General → "Allow GitHub Actions to create and approve pull requests" (feeds and report need it)',
          },
    );
  } catch (error) {
    lines.push({
      verdict: 'unknown',
      text: `could not read the Actions workflow permissions (HTTP ${status(error) ?? '?'}); check "Allow GitHub Actions to create and approve pull requests" by hand`,
    });
  }
  return lines;
}
