import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { slugify } from '../../src/core/slug.ts';
import { parsePost } from '../../src/core/post/parse.ts';
import { captureIO } from './_io.ts';

describe('herald new', () => {
  it('makes file names from titles', () => {
    expect(slugify('Django 6.0 released!')).toBe('django-6-0-released');
    expect(slugify('  Café & naïve — über  ')).toBe('cafe-naive-uber');
  });

  it('scaffolds a post that parses, and refuses to overwrite it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-new-'));
    const io = captureIO(dir);
    expect(await run(['new', 'Django 6.0 released', '--platforms', 'mastodon,bluesky'], io)).toBe(0);
    const path = 'posts/2026-11-21-django-6-0-released.md';
    expect(io.stdout()).toBe(`${path}\n`);
    const parsed = parsePost(path, readFileSync(join(dir, path), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.post.platforms).toEqual(['mastodon', 'bluesky']);
    // Only the title is text: instructions in the body would be published if the author forgot to delete them.
    expect(parsed.ok && parsed.post.parts.map((p) => p.text)).toEqual(['Django 6.0 released']);
    const again = captureIO(dir);
    expect(await run(['new', 'Django 6.0 released'], again)).toBe(2);
    expect(again.stderr()).toContain('already exists');
  });

  it('explains a missing title', async () => {
    const io = captureIO(mkdtempSync(join(tmpdir(), 'herald-new-')));
    expect(await run(['new'], io)).toBe(2);
    expect(io.stderr()).toContain('a title is needed');
    expect(io.stderr()).not.toContain('herald new: herald new');
  });

  it.each([
    [['T', '--date', '2026-13-01'], '--date must be a calendar date like 2026-12-01, not "2026-13-01"'],
    [['T', '--date', '2026-02-30'], 'not "2026-02-30"'],
    [['T', '--platforms', 'mastodon,mastadon'], '--platforms: unknown platform "mastadon". Did you mean "mastodon"?'],
    [['T', '--language', 'english'], '--language "english" is not a BCP 47 language tag'],
    [['日本語のタイトル'], 'has no Latin letters or digits to name the file after: add e.g. --slug'],
  ])('refuses %j with a usage error and writes nothing', async (argv, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-new-'));
    const io = captureIO(dir);
    expect(await run(['new', ...argv], io)).toBe(2);
    expect(io.stderr()).toContain(message);
    expect(existsSync(join(dir, 'posts'))).toBe(false);
  });

  it('names a post with a non-Latin title by --slug, in canonical language, dated today in the config time zone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'herald-new-'));
    mkdirSync(join(dir, '.github'));
    writeFileSync(join(dir, '.github/herald.yml'), 'timezone: Pacific/Auckland\n');
    const io = captureIO(dir, new Date('2026-11-21T12:30:00Z')); // already 22 November in Auckland
    expect(await run(['new', 'Django 6.0 がリリースされました', '--slug', 'django-6-0-ja', '--language', 'JA'], io)).toBe(0);
    const path = 'posts/2026-11-22-django-6-0-ja.md';
    expect(io.stdout()).toBe(`${path}\n`);
    const parsed = parsePost(path, readFileSync(join(dir, path), 'utf8'));
    expect(parsed.ok && parsed.post.language).toBe('ja');
    expect(parsed.ok && parsed.post.parts[0]?.text).toContain('がリリースされました');
  });
});
