// A single file read through GraphQL (`file(path:)`) as a FileRead.
import type { FileNode } from './graphql-shapes.ts';
import type { FileRead } from './types.ts';

/** A single file read (`file(path:)`): found, missing, or unusable. */
export function toFileRead(node: FileNode | null | undefined): FileRead {
  const blob = node?.object;
  if (!node || !blob) return { state: 'missing' };
  if (blob.entries) return { state: 'unreadable', reason: 'is a folder, not a file' };
  if (blob.isBinary) return { state: 'unreadable', reason: 'is not a text file' };
  if (blob.isTruncated || typeof blob.text !== 'string') return { state: 'unreadable', reason: 'is too large to read' };
  return { state: 'found', text: blob.text };
}
