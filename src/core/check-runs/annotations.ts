// Findings → GitHub check annotations, and batching to GitHub's 50-per-request limit.
import { clip } from '../comment/escape.ts';
import type { Finding } from '../types.ts';
import { ANNOTATIONS_PER_REQUEST, type CheckAnnotation } from './types.ts';

const TITLE_MAX = 255;
/** GitHub allows 64 KB per message; findings are short, this only guards against runaway text. */
const MESSAGE_MAX = 4_000;

const atLeastOne = (n: number | undefined): number => (n !== undefined && Number.isFinite(n) && n >= 1 ? Math.floor(n) : 1);

export function toAnnotation(finding: Finding): CheckAnnotation {
  const start_line = atLeastOne(finding.line);
  const end_line = Math.max(start_line, atLeastOne(finding.endLine ?? finding.line));
  const message = finding.hint ? `${finding.message}\n\nWhat to do: ${finding.hint}` : finding.message;
  const annotation: CheckAnnotation = {
    path: finding.file,
    start_line,
    end_line,
    annotation_level: finding.severity === 'error' ? 'failure' : 'warning',
    message: clip(message, MESSAGE_MAX),
    title: clip(finding.platform ? `${finding.ruleId} (${finding.platform})` : finding.ruleId, TITLE_MAX),
  };
  if (start_line === end_line) {
    const start_column = atLeastOne(finding.column);
    annotation.start_column = start_column;
    annotation.end_column = Math.max(start_column, atLeastOne(finding.endColumn ?? finding.column));
  }
  return annotation;
}

/** Splits annotations into request-sized batches (50 by default); no batch is empty. */
export function batchAnnotations(annotations: CheckAnnotation[], size = ANNOTATIONS_PER_REQUEST): CheckAnnotation[][] {
  if (!Number.isInteger(size) || size < 1 || size > ANNOTATIONS_PER_REQUEST) {
    throw new RangeError(`batchAnnotations: size must be an integer from 1 to ${ANNOTATIONS_PER_REQUEST}, got ${size}`);
  }
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += size) batches.push(annotations.slice(i, i + size));
  return batches;
}
