// Flattens GraphQL tree reads into repository files.
import type { EntryNode, FileNode } from './graphql-shapes.ts';
import type { FileRead, TreeFile } from './types.ts';

/** Every blob below a tree read (however deep the query went). */
export function flattenTree(node: FileNode | null | undefined): TreeFile[] {
  const files: TreeFile[] = [];
  const visit = (entries: EntryNode[] | null | undefined): void => {
    for (const entry of entries ?? []) {
      if (entry.type === 'tree') visit(entry.object?.entries);
      else if (entry.type === 'blob') files.push(toTreeFile(entry));
    }
  };
  visit(node?.object?.entries);
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function toTreeFile(entry: EntryNode): TreeFile {
  const blob = entry.object;
  const file: TreeFile = { path: entry.path, oid: entry.oid };
  if (!blob || blob.isBinary || blob.text === undefined) return file;
  if (blob.isTruncated || blob.text === null) file.unreadable = 'too large for the GitHub API to return its text';
  else file.text = blob.text;
  return file;
}

/** A single file read (`file(path:)`): found, missing, or unusable. */
export function toFileRead(node: FileNode | null | undefined): FileRead {
  const blob = node?.object;
  if (!node || !blob) return { state: 'missing' };
  if (blob.entries) return { state: 'unreadable', reason: 'is a folder, not a file' };
  if (blob.isBinary) return { state: 'unreadable', reason: 'is not a text file' };
  if (blob.isTruncated || typeof blob.text !== 'string') return { state: 'unreadable', reason: 'is too large to read' };
  return { state: 'found', text: blob.text };
}
