// The comment on a PR that touches posts already live (the ledger on herald/ledger says so), end to
// end: signed deliveries → the app over HTTP → the fake GitHub.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { startHerald, type HeraldHarness } from '../helpers/fake-github/herald-harness.ts';
import { liveEntry, writeLedgerBranch } from '../helpers/fake-github/ledger-branch.ts';
import { fixture, scenario, type Scenario } from '../helpers/fake-github/scenario.ts';
import { outsideCode } from '../helpers/markdown.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
const FILE = 'posts/2026-11-20-ships.md';
const LIVE = '---\nplatforms: [mastodon, bluesky]\nlanguage: en\n---\nDjango 6.0 ships on 4 December. #Django\n';
const MASTODON_URL = 'https://fosstodon.org/@group/113500000000000001';
const BLUESKY_URL = 'https://bsky.app/profile/group.example.org/post/3lbsprint0001';
const fixed = (front = '') => LIVE.replace('language: en\n', `language: en\n${front}`).replace('4 December', '5 December');

let h: HeraldHarness;
beforeEach(async () => {
  h = await startHerald({ now: () => NOW });
});
afterEach(async () => {
  try {
    h.github.assertNoViolations();
  } finally {
    await h.close();
  }
});

/** A repository whose default branch has the post, live on Mastodon and Bluesky since 20 November. */
function livePost(): Scenario {
  const s = scenario(h, { '.github/herald.yml': fixture('herald.yml'), [FILE]: LIVE });
  writeLedgerBranch(h.github.state, s.repo, [
    liveEntry(FILE, LIVE, { mastodon: MASTODON_URL, bluesky: BLUESKY_URL }, '2026-11-20T09:00:00Z'),
  ]);
  return s;
}

const sectionOf = (body: string, platform: string) => body.split('\n- ').find((block) => block.startsWith(`**${platform}**`)) ?? '';

describe('a PR editing a live post', () => {
  test('Mastodon is edited in place, with the live and the new text; Bluesky cannot edit and asks for a choice', async () => {
    const s = livePost();
    const pull = await s.open({ [FILE]: fixed() });
    const body = s.comments(pull)[0]!.body;
    expect(body).toContain('**Merging corrects the live 2026-11-20-ships.**');
    const mastodon = sectionOf(body, 'Mastodon');
    expect(mastodon).toContain('edited in place');
    expect(mastodon).toContain(`[live post](${MASTODON_URL})`);
    const live = mastodon.indexOf('**Live now**');
    const after = mastodon.indexOf('**After merging**');
    expect(live).toBeGreaterThan(0);
    expect(mastodon.slice(live, after)).toContain('```text\nDjango 6.0 ships on 4 December. #Django\n```');
    expect(mastodon.slice(after)).toContain('```text\nDjango 6.0 ships on 5 December. #Django\n```');
    const bluesky = sectionOf(body, 'Bluesky');
    expect(bluesky).toContain('Bluesky posts cannot be edited');
    expect(bluesky).toContain('merging changes nothing there yet');
    expect(outsideCode(body)).not.toMatch(/publishes now/);
    // The choice is a warning in the guidelines check too, on Bluesky.
    const annotations = s.repo.checkRuns.find((r) => r.name === 'Herald guidelines')!.annotations;
    expect(annotations).toMatchObject([{ path: FILE, annotation_level: 'warning', title: 'post/correction (bluesky)' }]);
  });

  test('correction: { reply } shows the reply Bluesky gets, counted; no warning is left', async () => {
    const s = livePost();
    const reply = 'Correction: Django 6.0 ships on 5 December, not 4.';
    const pull = await s.open({ [FILE]: fixed(`correction:\n  reply: "${reply}"\n`) });
    const body = s.comments(pull)[0]!.body;
    const bluesky = sectionOf(body, 'Bluesky');
    expect(bluesky).toContain(
      `merging posts this correction as a reply under the live post (✅ ${reply.length}/300 · ${reply.length}/3000 bytes)`,
    );
    expect(bluesky).toContain(`\`\`\`text\n${reply}\n\`\`\``);
    expect(sectionOf(body, 'Mastodon')).toContain('edited in place');
    expect(s.runs(pull).get('Herald guidelines')!.conclusion).toBe('success');
  });

  test('correction: leave keeps the Bluesky post as it is', async () => {
    const s = livePost();
    const pull = await s.open({ [FILE]: fixed('correction: leave\n') });
    const body = s.comments(pull)[0]!.body;
    expect(sectionOf(body, 'Bluesky')).toContain('<code>correction: leave</code> keeps the live post as it is');
    expect(body).toContain('corrects the live post: edits it in place on Mastodon');
  });

  test('a post whose live copies are unchanged says so and asks nothing', async () => {
    const s = livePost();
    const pull = await s.open({ [FILE]: LIVE.replace('language: en\n', 'language: en\ntags: [sprint]\n') });
    const body = s.comments(pull)[0]!.body;
    expect(sectionOf(body, 'Mastodon')).toMatch(/^\*\*Mastodon\*\*: unchanged/);
    expect(sectionOf(body, 'Bluesky')).toMatch(/^\*\*Bluesky\*\*: unchanged/);
    expect(body).toContain('changes nothing live');
  });
});

describe('retractions', () => {
  test('retract: true lists what is deleted where, with the live links and the reason', async () => {
    const s = livePost();
    const pull = await s.open({
      [FILE]: LIVE.replace('language: en\n', 'language: en\nretract: true\nretract_reason: the release moved\n'),
    });
    const body = s.comments(pull)[0]!.body;
    expect(body).toContain('**Merging retracts the live 2026-11-20-ships.**');
    expect(body).toContain('Reason: the release moved.');
    expect(body).toContain(`- **Mastodon**: 🗑️ deleted · [live post](${MASTODON_URL})`);
    expect(body).toContain(`- **Bluesky**: 🗑️ deleted · [live post](${BLUESKY_URL})`);
  });

  test('deleting a live post file is a warning that explains how to retract', async () => {
    const s = livePost();
    const pull = await s.open({ [FILE]: null });
    const body = s.comments(pull)[0]!.body;
    expect(body).toContain('file deleted');
    expect(body).toContain('deleting its file is never a retraction, the live posts stay up');
    expect(body).toContain('<code>retract: true</code>');
    expect(body).toContain('**Merging publishes nothing:** this PR changes no post.');
    const run = s.repo.checkRuns.find((r) => r.name === 'Herald guidelines')!;
    expect(run.annotations).toMatchObject([{ path: FILE, title: 'post/deleted-live' }]);
  });

  test('correction: on a post that is not live says it has no effect', async () => {
    const s = scenario(h);
    const pull = await s.open({
      'posts/2026-12-01-new.md': fixture('release.md').replace('language: en\n', 'language: en\ncorrection: leave\n'),
    });
    expect(s.comments(pull)[0]!.body).toContain('correction: has no effect: this post is not live anywhere yet');
  });

  test('deleting a post that never went out is no finding', async () => {
    const s = scenario(h, { '.github/herald.yml': fixture('herald.yml'), [FILE]: LIVE });
    writeLedgerBranch(h.github.state, s.repo, []);
    const pull = await s.open({ [FILE]: null });
    expect(s.comments(pull)[0]!.body).not.toContain('never a retraction');
  });
});

describe('where a new post lands', () => {
  const at = (when: string, text: string) =>
    `---\nplatforms: [mastodon]\nlanguage: en\npublish_at: 2026-12-${when}:00+01:00\n---\n${text}\n`;

  test('the rank of a post in its day on Mastodon counts the scheduled posts of that day in the config zone and the other posts of the PR', async () => {
    const s = scenario(h, {
      '.github/herald.yml': fixture('herald.yml'),
      'posts/2026-12-15-morning.md': at('15T09:00', 'Good morning, sprinters.'),
      'posts/2026-12-15-noon.md': at('15T12:00', 'Lunch is served.'),
      // 00:30 on the 15th in Amsterdam is still the 14th in UTC: the config's zone says it is the same day.
      'posts/2026-12-15-early.md': at('15T00:30', 'Up early.'),
      // The evening before, and the night after: other days.
      'posts/2026-12-14-eve.md': at('14T23:00', 'Good night.'),
      'posts/2026-12-15-night.md': at('16T00:30', 'Late news.'),
    });
    const pull = await s.open({
      'posts/2026-12-15-evening.md': at('15T17:00', 'Drinks at six.'),
      // A second post in the same PR, earlier that day: it counts for the evening post, and the evening one not for it.
      'posts/2026-12-15-afternoon.md': at('15T15:00', 'Coffee break.'),
    });
    const body = s.comments(pull)[0]!.body;
    const section = (id: string) => body.split('\n### ').find((chunk) => chunk.split('\n')[0]!.endsWith(` ${id}`)) ?? '';
    expect(section('2026-12-15-evening')).toContain('🗓️ 5th post that day on Mastodon (Tue 15 Dec 2026)');
    expect(section('2026-12-15-afternoon')).toContain('🗓️ 4th post that day on Mastodon (Tue 15 Dec 2026)');
  });

  test('a post that goes out on merge counts what is already live today', async () => {
    const earlier = '---\nplatforms: [mastodon, bluesky]\nlanguage: en\n---\nThe release is out.\n';
    const s = scenario(h, { '.github/herald.yml': fixture('herald.yml'), 'posts/2026-12-01-release.md': earlier });
    writeLedgerBranch(h.github.state, s.repo, [
      liveEntry('posts/2026-12-01-release.md', earlier, { mastodon: 'https://fosstodon.org/@group/1' }, '2026-12-01T08:00:00Z'),
    ]);
    const pull = await s.open({ 'posts/2026-12-01-thanks.md': fixture('release.md') });
    expect(s.comments(pull)[0]!.body).toContain('🗓️ 2nd post today on Mastodon · 1st on Bluesky (Tue 1 Dec 2026)');
  });
});
