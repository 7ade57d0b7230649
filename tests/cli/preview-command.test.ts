import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.ts';
import { captureIO } from './_io.ts';

function repo(posts: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'herald-preview-'));
  mkdirSync(join(dir, 'posts'));
  for (const [name, text] of Object.entries(posts)) writeFileSync(join(dir, 'posts', name), text);
  return dir;
}

describe('herald preview', () => {
  const good = '---\nlanguage: en\nplatforms: [mastodon]\n---\nHello\n';
  const broken = '---\npublish-at: 2026-12-01T09:00:00Z\n---\nHello\n';

  it('--json marks a post that cannot be read with its findings, and exits 1', async () => {
    const io = captureIO(repo({ 'a.md': good, 'b.md': broken }));
    expect(await run(['preview', '--json'], io)).toBe(1);
    const [a, b] = JSON.parse(io.stdout());
    expect(a).toMatchObject({ file: 'posts/a.md', renditions: [{ platform: 'mastodon' }] });
    expect(a.findings).toBeUndefined();
    expect(b).toMatchObject({
      file: 'posts/b.md',
      renditions: [],
      findings: [{ line: 2, column: 1, message: expect.stringContaining('Did you mean "publish_at"?') }],
    });
  });

  it('exits 1 when a text does not fit its platform, and says so', async () => {
    const long = `---\nlanguage: en\nplatforms: [x]\n---\n${'word '.repeat(70)}\n`;
    const io = captureIO(repo({ 'a.md': long }));
    expect(await run(['preview'], io)).toBe(1);
    expect(io.stderr()).toContain('does not fit its platform');
    expect(await run(['preview', '--json'], captureIO(repo({ 'a.md': long })))).toBe(1);
  });

  it('previews a post whose only errors are in its body, and exits 1', async () => {
    const io = captureIO(repo({ 'a.md': '---\nlanguage: en\nplatforms: [mastodon]\n---\nHello ![](pic.png)\n' }));
    expect(await run(['preview'], io)).toBe(1);
    expect(io.stdout()).toContain('this is the post as Herald reads it now');
    expect(io.stdout()).toContain('│ Hello');
  });

  it('--json exits 0 when every post can be read', async () => {
    const io = captureIO(repo({ 'a.md': good }));
    expect(await run(['preview', '--json'], io)).toBe(0);
  });

  it('shows the errors of a post it cannot preview on stderr', async () => {
    const io = captureIO(repo({ 'b.md': broken }));
    expect(await run(['preview'], io)).toBe(1);
    expect(io.stdout()).toContain('cannot be previewed');
    expect(io.stderr()).toContain('2:1     error    unknown field "publish-at". Did you mean "publish_at"?');
  });
});
