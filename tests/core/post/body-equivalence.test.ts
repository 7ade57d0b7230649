// body.ts runs its regular expressions only on lines the cheap tests of line-shape.ts let through. With those
// tests switched to "maybe" for every line, parsePost must give the very same result (posts, parts, media,
// findings, positions) on seeded generated and hostile posts, while the real tests turn most lines away.
import { describe, expect, it, vi } from 'vitest';
import { generatePosts } from '../../../bench/_posts.ts';
import { mayBreak, mayEscape, mayFence, mayHoldImage } from '../../../src/core/post/line-shape.ts';
import { parsePost, postId } from '../../../src/core/post/parse.ts';
import { seededRandom } from '../rules/seeded-random.ts';

const LINES = ['', ' ', 'Hello world', 'Hello  world  ', 'text\t', ' indented', '\tTabbed', '---', '--- ', '---\t', '----', '- list', '-- x',
  ' ---', '```', '```js', '~~~', '````', '   ```', '    ```', ' ~~~ ', '`code`', '~~', '```\r', '~~~~~', '![alt](media/a.png "Photo: X")',
  'see ![alt](a.png) here', '![](a.png "c")', '![a](https://x.com/a.png "c")', '![a\\]b](a\\ b.png "c")', '!\\[a](b.png)',
  "![a](<my file.png> 'credit')", '![a](b.mp4)', '![a](b.gif)', '![a](b.txt "c")', '![a](../../x.png "c")', '![a](b.png (credit \\) x))',
  '! [a](b.png)', '![unclosed', 'two ![a](b.png "c")  and  ![d](e.png "f")', '![a](%zz.png "c")', '![a](/root.png "c \\"q\\"")',
  'a \\* b \\! c \\\\', 'é ✨ 🎉 日本語', '#Django https://x.y/z', '\r', 'x\r', '  \r', '---\r'];
const NEWLINES = ['\n', '\n', '\r\n'];
const FRONT = ['language: en', 'language: en\ncontent_warning: flashing images', 'overrides:\n  x: "Short ![a](b.png \\"c\\")"',
  'platforms: [x]\noverrides:\n  x: |\n    One\n    ![alt](media/a.png "c")\n    ---\n    ![](b.png)\n  mastodon: |\n      deep ![a](x.png)', 'repost: https://x.com/a/1'];

function hostilePost(random: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const newline = pick(NEWLINES);
  const body = Array.from({ length: Math.floor(random() * 12) }, () => pick(LINES)).join(newline);
  const front = random() < 0.85 ? `---${newline}${pick(FRONT).replaceAll('\n', newline)}${newline}---${newline}` : '';
  return (random() < 0.1 ? '\uFEFF' : '') + front + body;
}

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  return text.slice(0, at) + LINES[Math.floor(random() * LINES.length)] + text.slice(at + Math.floor(random() * 3));
}

describe('body lines: the cheap tests only skip what could not match', () => {
  it('parsePost gives the same result with every line let through, on 12,000 seeded posts', async () => {
    vi.resetModules();
    vi.doMock('../../../src/core/post/line-shape.ts', () => ({ mayBreak: () => true, mayEscape: () => true, mayFence: () => true, mayHoldImage: () => true }));
    const slow = (await import('../../../src/core/post/parse.ts')).parsePost;
    vi.doUnmock('../../../src/core/post/line-shape.ts');
    expect(slow).not.toBe(parsePost);
    const random = seededRandom(20261123);
    const posts = generatePosts(4000, 11).map((post) => post.content);
    for (let i = 0; i < 4000; i++) posts.push(random() < 0.5 ? mutate(posts[i]!, random) : hostilePost(random));
    for (let i = 0; i < 4000; i++) posts.push(hostilePost(random));
    const turnedAway = { fence: 0, break: 0, image: 0, escape: 0, lines: 0 };
    let ok = 0;
    for (const text of posts) {
      const expected = slow('posts/a.md', text);
      expect(parsePost('posts/a.md', text), JSON.stringify(text)).toStrictEqual(expected);
      if (expected.ok) ok++;
      for (const line of text.split('\n')) {
        turnedAway.lines++;
        if (!mayFence(line)) turnedAway.fence++;
        if (!mayBreak(line)) turnedAway.break++;
        if (!mayHoldImage(line)) turnedAway.image++;
        if (!mayEscape(line)) turnedAway.escape++;
      }
    }
    expect(ok).toBeGreaterThan(4000);
    expect(posts.length - ok).toBeGreaterThan(2000);
    for (const [test, count] of Object.entries(turnedAway)) expect(count, test).toBeGreaterThan(turnedAway.lines * 0.6);
  });
});

describe('postId', () => {
  it('is the file name without its directories and .md, as the regular expressions gave it', () => {
    const random = seededRandom(20261124);
    const alphabet = ['/', '\\', '.', 'md', 'MD', 'Md', '.md', '.MD', 'a', 'é', ' ', '', '..', 'x.md/', '\\.md'];
    for (let i = 0; i < 5000; i++) {
      const file = Array.from({ length: Math.floor(random() * 8) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const expected = (file.split(/[\\/]/).pop() ?? file).replace(/\.md$/i, '');
      expect(postId(file), JSON.stringify(file)).toBe(expected);
    }
  });
});
