// Findings grouped by severity, each linked to its file and line at the head commit.
import type { Finding } from '../types.ts';
import { blobUrl, code, escapeInline, withCode } from './escape.ts';
import { PLATFORM_NAMES } from './preview.ts';

export interface LinkContext {
  repoUrl: string;
  headSha: string;
}

export function findingLine(finding: Finding, links: LinkContext): string {
  const where = `[${escapeInline(`${finding.file}:${finding.line}:${finding.column}`)}](${blobUrl(links.repoUrl, links.headSha, finding.file, finding.line)})`;
  const platform = finding.platform ? ` · ${PLATFORM_NAMES[finding.platform]}` : '';
  const hint = finding.hint ? ` — ${withCode(finding.hint)}` : '';
  return `- ${where} ${withCode(finding.message)}${hint} (${code(finding.ruleId)}${platform})`;
}

export const byPosition = (a: Finding, b: Finding): number => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;

/** "❌ Errors" then "⚠️ Warnings" lists; empty string when there is nothing to say. */
export function findingsSection(findings: Finding[], links: LinkContext, include: { warnings: boolean }): string {
  const errors = findings.filter((f) => f.severity === 'error').sort(byPosition);
  const warnings = findings.filter((f) => f.severity === 'warn').sort(byPosition);
  const parts: string[] = [];
  if (errors.length > 0) parts.push(`**❌ Errors (${errors.length})**\n\n${errors.map((f) => findingLine(f, links)).join('\n')}`);
  if (warnings.length > 0) {
    parts.push(
      include.warnings
        ? `**⚠️ Warnings (${warnings.length})**\n\n${warnings.map((f) => findingLine(f, links)).join('\n')}`
        : `**⚠️ Warnings (${warnings.length})**: left out to fit the comment; see the Herald guidelines check.`,
    );
  }
  return parts.join('\n\n');
}
