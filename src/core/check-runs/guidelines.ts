// The "Herald guidelines" check run: failure on errors, neutral on warnings only, line annotations.
import type { CheckReport } from '../check.ts';
import { code, escapeInline, withCode } from '../comment/escape.ts';
import { byPosition } from '../comment/findings.ts';
import type { Finding } from '../types.ts';
import { toAnnotation } from './annotations.ts';
import { capLines } from './cap.ts';
import { GUIDELINES_CHECK_NAME, SUMMARY_MAX_LENGTH, type CheckConclusion, type CheckRunOutput } from './types.ts';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function line(finding: Finding): string {
  const icon = finding.severity === 'error' ? '❌' : '⚠️';
  const hint = finding.hint ? ` — ${withCode(finding.hint)}` : '';
  return `- ${icon} ${escapeInline(`${finding.file}:${finding.line}:${finding.column}`)} ${withCode(finding.message)}${hint} (${code(finding.ruleId)})`;
}

export function guidelinesCheck(report: CheckReport): CheckRunOutput {
  const findings = report.posts.flatMap((p) => p.findings);
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warn');
  const conclusion: CheckConclusion = errors.length > 0 ? 'failure' : warnings.length > 0 ? 'neutral' : 'success';
  const posts = plural(report.posts.length, 'post');
  const title =
    conclusion === 'success'
      ? report.posts.length === 0
        ? 'No post files to check'
        : `${posts}: no findings`
      : `${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')} in ${posts}`;
  const table = [
    '| Post | Errors | Warnings |',
    '| --- | --- | --- |',
    ...report.posts.map((p) => {
      const e = p.findings.filter((f) => f.severity === 'error').length;
      return `| ${escapeInline(p.file)} | ${e} | ${p.findings.length - e} |`;
    }),
  ].join('\n');
  const intro =
    conclusion === 'failure'
      ? 'Errors block publishing: fix them in the post files. Warnings are advice for the reviewers.'
      : conclusion === 'neutral'
        ? 'Only warnings: nothing blocks publishing, but the reviewers should look at them.'
        : 'Every post follows the guidelines.';
  const ordered = [...errors.sort(byPosition), ...warnings.sort(byPosition)];
  const head = report.posts.length > 0 ? `${intro}\n\n${table}\n` : intro;
  const summary = capLines(
    head,
    ordered.map(line),
    SUMMARY_MAX_LENGTH,
    (n) => `- …and ${plural(n, 'more finding')}: see the annotations on the files.`,
  );
  return {
    name: GUIDELINES_CHECK_NAME,
    conclusion,
    title,
    summary,
    annotations: ordered.map(toAnnotation),
  };
}
