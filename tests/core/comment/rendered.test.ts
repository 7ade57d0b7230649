// The comment looked at like a reviewer: rendered as GitHub-flavoured markdown, read as a DOM. Built
// from the real pipeline (parse → render → rules) on the repository's sample posts and a hostile post.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { checkPosts, type RepoFile } from '../../../src/core/check.ts';
import { renderComment } from '../../../src/core/comment/index.ts';
import { parseConfig } from '../../../src/core/config/parse.ts';
import { tally } from '../../../src/core/tally/index.ts';
import { input, review } from '../tally/fixtures.ts';
import { byName, clean, firstElement, inside, pageText, isElement, isText, quoteText, render, visibleText } from './rendered.ts';

const ROOT = join(import.meta.dirname, '../../..');
const SHA = 'c0ffee'.padEnd(40, '0');
const REPO = 'https://github.com/wg/social';
const NOW = new Date('2026-12-01T09:00:00Z');
const parsed = parseConfig('.github/herald.yml', readFileSync(join(ROOT, '.github/herald.yml')));
if (!parsed.ok) throw new Error('the sample config does not parse');
const config = parsed.config;

const HOSTILE = [
  '---',
  'platforms: [mastodon, discord, slack]',
  '---',
  '# Not a heading **not bold** _not em_ ~~not struck~~ `not code` <b>not html</b> <img src=x onerror=alert(1)>',
  '- not a list @octocat and @everyone see #123 :tada: https://localhost/@octocat',
  '1. not numbered [not a link](javascript:alert(1)) https://example.com/a_b_(c)?x=1&y=2.',
  '    not code either',
  '---',
  '</details></details> > not a quote | not | a table',
  '',
  '```',
  'not a fence',
  '```',
].join('\n');

async function comment(files: RepoFile[], reviews = [review('mia', 'APPROVED'), review('stranger', 'APPROVED')]) {
  const report = await checkPosts({ files, config, now: NOW });
  const markdown = renderComment({
    report,
    tally: tally(input({ reviews })),
    headSha: SHA,
    repoUrl: REPO,
    config,
    now: NOW,
    headBranch: { repoUrl: REPO, name: 'new-post' },
  });
  return { report, markdown, rendered: render(markdown) };
}

const samples: RepoFile[] = readdirSync(join(ROOT, 'posts'))
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ path: `posts/${f}`, content: readFileSync(join(ROOT, 'posts', f), 'utf8') }));

describe.each([
  ['the sample posts', samples],
  ['a hostile post', [{ path: 'posts/2026-12-20-hostile.md', content: HOSTILE }]],
])('the rendered comment of %s', async (_, files) => {
  const { report, markdown, rendered } = await comment(files);
  const quotes = byName(rendered, 'blockquote').map(quoteText);

  it('opens with the status line: posts, guidelines and the vote', () => {
    const first = firstElement(rendered)!;
    expect(first.name).toBe('h3');
    const text = visibleText(first);
    expect(text).toContain(`${files.length} post`);
    expect(text).toMatch(/guidelines met|\d+ (error|warning)/);
    expect(text).toContain('1 of 3 approvals: needs 2 more');
  });

  it('says in bold what merging does, right after the status line', () => {
    const second = rendered.root.filter(isElement)[1]!;
    expect(second.name).toBe('p');
    expect((second.children[0] as { name?: string }).name).toBe('strong');
    expect(visibleText(second)).toMatch(/^Merging /);
  });

  it('shows every part of every preview as quoted text that reads exactly as posted, never in a code block', () => {
    const code = [...byName(rendered, 'pre'), ...byName(rendered, 'code')].map((e) => clean(visibleText(e)));
    for (const post of report.posts) {
      for (const rendition of post.renditions) {
        for (const part of rendition.parts) {
          // HTML shows a run of blank lines as one paragraph break.
          expect(quotes).toContain(
            part.text
              .replace(/\n{3,}/g, '\n\n')
              .replace(/[ \t]+$/gm, '')
              .replace(/\n+$/, ''),
          );
          for (const block of code) expect(block).not.toContain(part.text.split('\n')[0]);
        }
      }
    }
  });

  it('lets nothing in the post text become markup: no element inside a preview but paragraphs, breaks and web links', () => {
    for (const quote of byName(rendered, 'blockquote')) {
      for (const element of DomUtils.findAll(() => true, quote.children)) {
        expect(['p', 'br', 'a']).toContain(element.name);
        if (element.name === 'a') expect(element.attribs.href).toMatch(/^https?:\/\//);
      }
    }
    expect(byName(rendered, 'img').every((img) => img.attribs.src?.startsWith(`${REPO}/blob/${SHA}/`))).toBe(true);
    expect(byName(rendered, 'script')).toEqual([]);
    expect(byName(rendered, 'pre')).toEqual([]);
  });

  it('pings nobody and links no issue or emoji from the post text', () => {
    for (const quote of byName(rendered, 'blockquote')) {
      const text = visibleText(quote);
      expect(text).not.toMatch(/@[A-Za-z0-9]/);
      expect(text).not.toMatch(/#\d/);
      expect(text).not.toMatch(/:[\w+-]+:/);
    }
  });

  it('gives every image alt text and shows it beside the thumbnail', () => {
    const images = byName(rendered, 'img');
    const media = report.posts.flatMap((p) => p.renditions.flatMap((r) => r.parts.flatMap((part) => part.media)));
    if (media.length > 0) expect(images.length).toBeGreaterThan(0);
    for (const img of images) {
      expect(img.attribs.alt?.trim()).toBeTruthy();
      expect(Number(img.attribs.width)).toBeLessThanOrEqual(200);
    }
    for (const m of media) expect(pageText(rendered)).toContain(`Alt text: ${m.alt}`);
  });

  it('balances <details> and gives each a summary', () => {
    const prose = markdown.replace(/^> .*$/gm, '');
    expect(prose.match(/<details[\s>]/g)?.length ?? 0).toBe(prose.match(/<\/details>/g)?.length ?? 0);
    for (const details of byName(rendered, 'details')) expect(details.children.find(isElement)?.name).toBe('summary');
  });

  it('shows no literal backtick outside code', () => {
    const outside = rendered.elements.filter(
      (e) => !['code', 'pre', 'blockquote'].includes(e.name) && !inside(e, ['code', 'pre', 'blockquote']),
    );
    for (const element of outside) {
      for (const child of element.children) if (isText(child)) expect(child.data).not.toContain('`');
    }
  });
});

describe('the rendered sample posts', async () => {
  const { rendered } = await comment(samples);
  it('groups identical renders under one heading (Discord, Slack and Discourse get the same text)', () => {
    const summaries = byName(rendered, 'summary').map(visibleText);
    expect(summaries.filter((s) => s.includes('Discord · Slack · Discourse')).length).toBeGreaterThan(0);
    expect(summaries.length).toBeLessThan(samples.length * 7);
  });
  it('says when the scheduled post goes out, in the config time zone', () => {
    expect(pageText(rendered)).toContain('publishes at Tue 15 Dec 2026, 17:00 CET on Mastodon');
  });
});

describe('the rendered hostile post', async () => {
  const { rendered } = await comment([{ path: 'posts/2026-12-20-hostile.md', content: HOSTILE }]);
  it('links the web address in full, not cut at an escape', () => {
    expect(byName(rendered, 'a').map((a) => a.attribs.href)).toContain('https://example.com/a_b_(c)?x=1&y=2');
  });
});
