// Pure builders for Herald's two check runs.
export { guidelinesCheck } from './guidelines.ts';
export { voteCheck } from './vote.ts';
export { batchAnnotations, toAnnotation } from './annotations.ts';
export * from './types.ts';
