// `herald publish --dry-run` on a post for Facebook, Instagram, Reddit and Pinterest prints every
// request each adapter would send (the same list its stand-in test checks against what it sent), and no secret:
// an image post for all four (Facebook with the photo's alt text, Reddit's upload lease and bucket), a text post for Reddit.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIO } from '../cli/_io.ts';
import { PNG_BYTES } from '../helpers/servers/fixtures.ts';

const CONFIG = `platforms:
  facebook: { page: "104876543210987" }
  instagram: { user: "17841400000000000", media_base_url: "https://raw.githubusercontent.com/org/social/main/" }
  reddit: { subreddit: django, flair_id: news-1 }
  pinterest: { board: "549755885175" }
`;
const POST = `---
language: en
title: Django 6.0 released
platforms: [facebook, instagram, pinterest, reddit]
---
Django 6.0 is out: https://www.djangoproject.com/weblog/

![The Django pony with a party hat](media/pony.jpg "Photo: DSF")
`;
const TEXT_POST = `---
language: en
title: Django 6.0 released
platforms: [reddit]
---
Django 6.0 is out, with a new template engine.
`;

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-dry-run-platforms-'));
  mkdirSync(join(dir, 'posts', 'media'), { recursive: true });
  mkdirSync(join(dir, '.github'));
  writeFileSync(join(dir, '.github/herald.yml'), CONFIG);
  writeFileSync(join(dir, 'posts/release.md'), POST);
  writeFileSync(join(dir, 'posts/reddit.md'), TEXT_POST);
  writeFileSync(join(dir, 'posts/media/pony.jpg'), PNG_BYTES);
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', 'posts');
  return dir;
}

describe('herald publish --dry-run for the new platforms', () => {
  it('prints every request for facebook, instagram, reddit and pinterest', async () => {
    const io = captureIO(repo(), new Date('2026-11-21T12:00:00Z'));
    expect(await run(['publish', '--dry-run'], io), io.stderr()).toBe(0);
    const out = io.stdout();
    expect(out).toContain('POST https://graph.facebook.com/v25.0/104876543210987/photos');
    expect(out).toContain('POST https://graph.facebook.com/v25.0/104876543210987/feed');
    expect(out).toContain('"alt_text_custom":"The Django pony with a party hat"');
    expect(out).toContain('POST https://graph.facebook.com/v25.0/17841400000000000/media');
    expect(out).toContain('https://raw.githubusercontent.com/org/social/main/posts/media/pony.jpg');
    expect(out).toContain('POST https://graph.facebook.com/v25.0/17841400000000000/media_publish');
    expect(out).toContain('POST https://api.pinterest.com/v5/pins');
    expect(out).toContain('"board_id":"549755885175"');
    expect(out).toContain('POST https://oauth.reddit.com/api/submit');
    expect(out).toContain('"sr":"django"');
    expect(out).toContain('POST https://oauth.reddit.com/api/media/asset.json');
    expect(out).toContain('POST https://reddit-uploaded-media.s3-accelerate.amazonaws.com/');
    expect(out).toContain('"kind":"image"');
    expect(out).toContain('"kind":"self"');
    expect(out).toContain('"title":"Django 6.0 released"');
    expect(out).not.toMatch(/<(FACEBOOK|INSTAGRAM|REDDIT|PINTEREST)_[A-Z_]+>/);
  });
});
