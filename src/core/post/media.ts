// Media references: confined to the repository, kind from the extension.
import type { Media } from '../types.ts';

const KINDS: Record<string, Media['kind']> = {
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  webp: 'image',
  gif: 'gif',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
};

type Resolved = { ok: true; path: string } | { ok: false; message: string };

function directoryOf(file: string): string[] {
  const segments = file.split('/').filter((s) => s !== '' && s !== '.');
  segments.pop();
  return segments.filter((s) => s !== '..');
}

// Relative names of letters, digits, _ - and . whose segments do not start with a dot: none of the checks
// of resolveAnyMediaPath can refuse them, and they are already normalised.
const PLAIN_PATH = /^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/;

/**
 * Resolves a media reference written in `postFile` to a normalised repository-relative path.
 * Relative paths start at the post's directory, `/`-paths at the repository root.
 */
export function resolveMediaPath(postFile: string, raw: string): Resolved {
  if (PLAIN_PATH.test(raw)) return { ok: true, path: [...directoryOf(postFile), raw].join('/') };
  return resolveAnyMediaPath(postFile, raw);
}

export function resolveAnyMediaPath(postFile: string, raw: string): Resolved {
  if (/[\u0000-\u001f\u007f]/.test(raw)) return { ok: false, message: 'the media path contains control characters' };
  let path: string;
  try {
    path = decodeURIComponent(raw);
  } catch {
    return { ok: false, message: `the media path "${raw}" has a malformed %-escape` };
  }
  if (/[\u0000-\u001f\u007f]/.test(path)) return { ok: false, message: 'the media path contains control characters' };
  if (/^[a-z]:/i.test(path))
    return { ok: false, message: `the media path "${raw}" is an absolute path on one computer: use a path inside the repository` };
  if (path.includes('\\')) return { ok: false, message: `the media path "${raw}" contains a backslash: use / between folders` };
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//')) {
    return { ok: false, message: `media must be a file in the repository, not a URL ("${raw}"): add the file to posts/media/ and link it` };
  }
  const stack = path.startsWith('/') ? [] : directoryOf(postFile);
  for (const segment of path.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (stack.length === 0)
        return {
          ok: false,
          message: `the media path "${raw}" points outside the repository: add the file to the repository (e.g. posts/media/) and link it from there`,
        };
      stack.pop();
    } else stack.push(segment);
  }
  if (stack.length === 0 || path.endsWith('/')) return { ok: false, message: `the media path "${raw}" does not name a file` };
  return { ok: true, path: stack.join('/') };
}

export function mediaKind(path: string): Media['kind'] | undefined {
  const dot = path.lastIndexOf('.');
  if (dot === -1 || dot < path.lastIndexOf('/')) return undefined;
  const ext = path.slice(dot + 1).toLowerCase();
  return Object.hasOwn(KINDS, ext) ? KINDS[ext] : undefined;
}

export const MEDIA_EXTENSIONS = Object.keys(KINDS);
