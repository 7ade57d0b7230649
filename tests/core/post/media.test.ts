import { describe, expect, it } from 'vitest';
import { mediaKind, resolveAnyMediaPath, resolveMediaPath } from '../../../src/core/post/media.ts';
import { seededRandom } from '../rules/seeded-random.ts';

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
    ['a.png', 'image'],
    ['a.JPG', 'image'],
    ['a.jpeg', 'image'],
    ['a.webp', 'image'],
    ['a.gif', 'gif'],
    ['a.mp4', 'video'],
    ['a.mov', 'video'],
    ['a.webm', 'video'],
    ['a.svg', undefined],
    ['dir.png/a', undefined],
    ['a', undefined],
  ])('%s → %s', (path, kind) => {
    expect(mediaKind(path)).toBe(kind);
  });
});

describe('resolveMediaPath on plain names', () => {
  it('answers what the full checks answer, on 20,000 seeded references, and takes the short way often', () => {
    const random = seededRandom(20261126);
    const pieces = [
      'a',
      'media',
      'x.png',
      'media/',
      'sprint-1.png',
      'b_c',
      '.',
      '..',
      '/',
      '/',
      '-',
      '_',
      'é',
      ' ',
      '%20',
      '%zz',
      ':',
      'c:',
      'https:',
      '\\',
      '\u0001',
      '.hidden',
      'b.JPG',
      '//',
      '~',
    ];
    const files = ['posts/a.md', 'posts/2026/a.md', 'a.md', './posts//x/../a.md', '/posts/a.md', 'posts/./b/a.md'];
    let plain = 0;
    for (let i = 0; i < 20_000; i++) {
      const raw = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const file = files[Math.floor(random() * files.length)]!;
      expect(resolveMediaPath(file, raw), JSON.stringify({ file, raw })).toStrictEqual(resolveAnyMediaPath(file, raw));
      if (/^[\w-][\w.-]*(?:\/[\w-][\w.-]*)*$/.test(raw)) plain++;
    }
    expect(plain).toBeGreaterThan(1500);
  });
});
