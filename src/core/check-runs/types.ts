// Check run outputs, shaped like GitHub's "create a check run" request body fields.

export const GUIDELINES_CHECK_NAME = 'Herald guidelines';
export const VOTE_CHECK_NAME = 'Herald vote';
/** GitHub accepts at most 50 annotations per create/update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on `output.summary`. */
export const SUMMARY_MAX_LENGTH = 65_535;

export type CheckConclusion = 'success' | 'failure' | 'neutral' | 'action_required';

/** GitHub check annotation (snake_case as the API wants it). */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  /** Only when start_line === end_line (GitHub rejects columns across lines). */
  start_column?: number;
  end_column?: number;
  annotation_level: 'failure' | 'warning' | 'notice';
  message: string;
  /** At most 255 characters. */
  title?: string;
}

export interface CheckRunOutput {
  name: typeof GUIDELINES_CHECK_NAME | typeof VOTE_CHECK_NAME;
  conclusion: CheckConclusion;
  /** output.title */
  title: string;
  /** output.summary, markdown, at most 65,535 characters. */
  summary: string;
  /** All annotations; send them with `batchAnnotations` (50 per request). Empty for the vote check. */
  annotations: CheckAnnotation[];
}
