import { describe, expect, it } from 'vitest';
import { mediaKind, resolveMediaPath } from '../../../src/core/post/media.ts';

describe('resolveMediaPath', () => {
  const inside: [string, string, string][] = [
    ['posts/a.md', 'media/x.png', 'posts/media/x.png'],
    ['posts/a.md', './media/./x.png', 'posts/media/x.png'],
    ['posts/2026/a.md', '../media/x.png', 'posts/media/x.png'],
    ['posts/a.md', '/assets/x.png', 'assets/x.png'],
    ['posts/a.md', '../x.png', 'x.png'],
    ['posts/a.md', 'media//my%20photo.png', 'posts/media/my photo.png'],
    ['a.md', 'x.png', 'x.png'],
  ];
  it.each(inside)('%s + %s → %s', (file, raw, path) => {
    expect(resolveMediaPath(file, raw)).toEqual({ ok: true, path });
  });

  const outside: [string, string, string][] = [
    ['posts/a.md', '../../x.png', 'outside the repository: add the file to the repository (e.g. posts/media/) and link it from there'],
    ['posts/a.md', '/../x.png', 'outside the repository'],
    ['posts/a.md', 'media/../../../x.png', 'outside the repository'],
    ['posts/a.md', '%2E%2E/%2e%2e/x.png', 'outside the repository'],
    ['posts/a.md', 'https://example.com/x.png', 'not a URL'],
    ['posts/a.md', 'file:///etc/passwd', 'not a URL'],
    ['posts/a.md', 'data:image/png;base64,AAAA', 'not a URL'],
    ['posts/a.md', '//example.com/x.png', 'not a URL'],
    ['posts/a.md', 'C:\\x.png', 'absolute path'],
    ['posts/a.md', 'media\\x.png', 'backslash'],
    ['posts/a.md', 'media%5Cx.png', 'backslash'],
    ['posts/a.md', 'x%00.png', 'control characters'],
    ['posts/a.md', 'media/', 'does not name a file'],
    ['posts/a.md', '/', 'does not name a file'],
  ];
  it.each(outside)('%s + %s is refused', (file, raw, message) => {
    const result = resolveMediaPath(file, raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(message);
  });
});

describe('mediaKind', () => {
  it.each([
    ['a.png', 'image'], ['a.JPG', 'image'], ['a.jpeg', 'image'], ['a.webp', 'image'], ['a.gif', 'gif'],
    ['a.mp4', 'video'], ['a.mov', 'video'], ['a.webm', 'video'], ['a.svg', undefined], ['dir.png/a', undefined], ['a', undefined],
  ])('%s → %s', (path, kind) => {
    expect(mediaKind(path)).toBe(kind);
  });
});
