// The ways `herald check` reports findings: for people, for programs, for GitHub's log annotations, and
// one line per finding for editors and problem matchers (`file:line:col: warning rule: message`).
import type { Finding } from '../core/types.ts';
import type { Style } from './style.ts';

export type FindingsFormat = 'human' | 'compact' | 'json' | 'github';
export const FINDINGS_FORMATS: readonly FindingsFormat[] = ['human', 'compact', 'json', 'github'];

/** The severity as editors and problem matchers spell it. */
const severityWord = (finding: Finding): string => (finding.severity === 'error' ? 'error' : 'warning');

export function formatFindings(findings: Finding[], format: FindingsFormat, style: Style, filesChecked: number): string {
  const sorted = [...findings].sort(byPlace);
  if (format === 'json') return JSON.stringify({ filesChecked, ...counts(sorted), findings: sorted }, null, 2) + '\n';
  if (format === 'github') return sorted.map(githubAnnotation).join('');
  if (format === 'compact') return sorted.map(compactLine).join('');
  return humanReport(sorted, style, filesChecked);
}

function humanReport(findings: Finding[], style: Style, filesChecked: number): string {
  const lines: string[] = [];
  let file = '';
  // Positions are padded to the widest one, so long lines (12:1040) do not push their rows out of line.
  const width = Math.max(7, ...findings.map((f) => `${f.line}:${f.column}`.length + 1));
  for (const finding of findings) {
    if (finding.file !== file) {
      if (file) lines.push('');
      file = finding.file;
      lines.push(style.bold(file));
    }
    const level = finding.severity === 'error' ? style.red('error  ') : style.yellow('warning');
    const where = style.dim(`${finding.line}:${finding.column}`.padEnd(width));
    lines.push(`  ${where} ${level}  ${withPlatform(finding)}  ${style.dim(finding.ruleId)}`);
    if (finding.hint) lines.push(`  ${' '.repeat(width)}          ${style.dim(finding.hint)}`);
  }
  const { errors, warnings } = counts(findings);
  if (lines.length) lines.push('');
  const files = `${filesChecked} file${filesChecked === 1 ? '' : 's'} checked`;
  const summary = `${files}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  lines.push(errors ? style.red(summary) : warnings ? style.yellow(summary) : style.green(summary));
  return lines.join('\n') + '\n';
}

/** `posts/a.md:5:12: warning code-of-conduct: mentions … (hint)`: one line, what gcc-style matchers read. */
function compactLine(finding: Finding): string {
  const hint = finding.hint ? ` (${finding.hint})` : '';
  const text = `${withPlatform(finding)}${hint}`.replace(/[\r\n]+/g, ' ');
  return `${finding.file}:${finding.line}:${finding.column}: ${severityWord(finding)} ${finding.ruleId}: ${text}\n`;
}

/** GitHub workflow command: `::error file=…,line=…,col=…,title=…::message`, escaped as the runner expects. */
function githubAnnotation(finding: Finding): string {
  const command = severityWord(finding);
  const props = [
    `file=${escapeProperty(finding.file)}`,
    `line=${finding.line}`,
    `col=${finding.column}`,
    ...(finding.endLine ? [`endLine=${finding.endLine}`] : []),
    ...(finding.endColumn ? [`endColumn=${finding.endColumn}`] : []),
    `title=${escapeProperty(`Herald ${finding.ruleId}`)}`,
  ];
  const hint = finding.hint ? `\n${finding.hint}` : '';
  return `::${command} ${props.join(',')}::${escapeData(withPlatform(finding) + hint)}\n`;
}

/** The message led by its platform, unless the rule already names it there ("x: part 2 is …", "x override: …"). */
function withPlatform(finding: Finding): string {
  const { platform, message } = finding;
  if (!platform || message.startsWith(`${platform}:`) || message.startsWith(`${platform} `)) return message;
  return `${platform}: ${message}`;
}

function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

function counts(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return { errors, warnings: findings.length - errors };
}

function byPlace(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId);
}
