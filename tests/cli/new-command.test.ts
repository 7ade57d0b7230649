import { mkdtempSync, readFileSync } from 'node:fs';
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
    const again = captureIO(dir);
    expect(await run(['new', 'Django 6.0 released'], again)).toBe(2);
    expect(again.stderr()).toContain('already exists');
  });

  it('explains a missing title', async () => {
    const io = captureIO(mkdtempSync(join(tmpdir(), 'herald-new-')));
    expect(await run(['new'], io)).toBe(2);
    expect(io.stderr()).toContain('needs a title');
  });
});
