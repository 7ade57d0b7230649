// The pieces every Herald workflow is made of: the Herald step (the released Action by SHA, or this
// repository's ./action), the checkout a job needs, the secrets it passes, the header comment.
import { CREDENTIAL_VARIABLES, OPTIONAL_CREDENTIAL_VARIABLES } from '../platforms/credentials.ts';
import type { PlatformId } from '../core/types.ts';
import { CHECKOUT, pinned, type HeraldAction } from './pins.ts';

export interface WorkflowOptions {
  action: HeraldAction;
  platforms: readonly PlatformId[];
  branch: string;
}

const LOCAL_NOTE = `# Herald's own repository runs the Action from its checkout of the default branch (uses: ./action): a commit
# cannot name its own SHA. A group's repository pins the released Action instead (herald init writes
# uses: <owner>/herald/action@<40-hex sha> # <version>).`;

export function heraldStep(o: WorkflowOptions, command: string, lines: string[], id = 'herald'): string {
  const uses = o.action.kind === 'local' ? './action' : `${o.action.repository}/action@${o.action.sha} # ${o.action.version}`;
  return [
    `      - id: ${id}`,
    `        uses: ${uses}`,
    '        with:',
    `          command: ${command}`,
    ...lines.map((l) => `          ${l}`),
  ].join('\n');
}

/** The checkout the job needs; in Herald's own repository also the one that brings the local Action. */
export function checkout(o: WorkflowOptions, needed: 'read' | 'push' | 'none', extra: string[] = []): string {
  if (needed === 'none' && o.action.kind === 'released') return '';
  const withLines = [...extra, ...(needed === 'push' ? [] : ['persist-credentials: false'])];
  return (
    [`      - uses: ${pinned(CHECKOUT)}`, ...(withLines.length ? ['        with:', ...withLines.map((l) => `          ${l}`)] : [])].join(
      '\n',
    ) + '\n'
  );
}

export function secrets(platforms: readonly PlatformId[], indent = '          '): string {
  const names = platforms.flatMap((p) => [...CREDENTIAL_VARIABLES[p], ...(OPTIONAL_CREDENTIAL_VARIABLES[p] ?? [])]);
  return names.map((n) => `${indent}${n}: \${{ secrets.${n} }}`).join('\n');
}

export const header = (o: WorkflowOptions, text: string) => (o.action.kind === 'local' ? `${text}\n${LOCAL_NOTE}` : text);
