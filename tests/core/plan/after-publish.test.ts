// The plan for posts that are already live: corrections (edit, append, reply, leave, removed parts)
// and retractions (delete from the thread's end, by hand where the API cannot), and how a revision
// an earlier run started is finished, never repeated.
import { describe, expect, it } from 'vitest';
import { partKey } from '../../../src/core/ledger/keys.ts';
import { recordLive } from '../../../src/core/ledger/record.ts';
import { finishRevision, recordStepDone } from '../../../src/core/ledger/revisions.ts';
import type { LedgerEntry } from '../../../src/core/ledger/types.ts';
import { planPublication } from '../../../src/core/plan/plan.ts';
import type { PlanCandidate, PostPlan } from '../../../src/core/plan/types.ts';
import type { PlatformId, Post } from '../../../src/core/types.ts';
import { reviseClaim } from '../../../src/publish/revise-claims.ts';
import { testConfig, testPost, testRendition } from '../../helpers/test-platform/data.ts';

const now = new Date('2026-12-02T12:00:00Z');
const config = testConfig([{ id: 'mastodon' }, { id: 'bluesky' }, { id: 'instagram' }]);

function candidate(post: Post, platforms: PlatformId[] = ['mastodon', 'bluesky']): PlanCandidate {
  return {
    file: post.file,
    change: 'modified',
    contentHash: `sha256:${post.parts.map((p) => p.text).join('|')}:${post.retract ? 'retract' : ''}${JSON.stringify(post.correction ?? '')}`,
    post,
    findings: [],
    renditions: platforms.map((p) => testRendition(post, p)),
  };
}

function live(parts: number, platforms: PlatformId[] = ['mastodon', 'bluesky']): LedgerEntry {
  let entry: LedgerEntry = { postId: 'news', file: 'posts/news.md', contentHash: 'sha256:original', platforms: {} };
  for (const platform of platforms)
    for (let index = 0; index < parts; index++)
      entry = recordLive(
        entry,
        platform,
        { index, id: `${platform}-${index}`, url: `https://${platform}.example/${index}` },
        partKey('news', platform, index),
        'run-0',
        now,
      );
  return entry;
}

const plan = (c: PlanCandidate, ledger: LedgerEntry): PostPlan =>
  planPublication({ mode: 'push', candidates: [c], ledgers: { news: ledger }, contentMatches: {}, config, now }).posts[0]!;

function describePlan(p: PostPlan): string[] {
  if (p.status === 'correct')
    return p.targets.map(
      (t) =>
        `${t.platform} ${t.action} edit[${t.edits.map((e) => `${e.index}${e.recover ? 'r' : ''}`).join(',')}]` +
        ` append[${(t.append?.parts ?? []).map((w) => `${w.index}${w.recover ? 'r' : ''}:${t.append!.rendition.parts[w.index]!.text}`).join(',')}]` +
        ` removed[${t.removed.join(',')}]`,
    );
  if (p.status === 'retract')
    return [
      ...p.targets.map((t) => `${t.platform} delete[${t.deletes.map((d) => `${d.index}${d.recover ? 'r' : ''}`).join(',')}]`),
      ...p.byHand.map((b) => `${b.platform} by hand ${b.urls.join(' ')}: ${b.note}`),
    ];
  return [p.status];
}

describe('corrections', () => {
  it('Reddit edits a text post in place, but a link post (one URL) is corrected like a platform that cannot edit', () => {
    const reddit = testConfig([{ id: 'reddit' }]);
    const planFor = (texts: string[]) =>
      planPublication({
        mode: 'push',
        candidates: [candidate(testPost('news', texts, { correction: { reply: 'Correction: Friday' } }), ['reddit'])],
        ledgers: { news: live(1, ['reddit']) },
        contentMatches: {},
        config: reddit,
        now,
      }).posts[0]!;
    expect(describePlan(planFor(['The sprint is on Friday']))).toEqual(['reddit edit edit[0] append[] removed[]']);
    expect(describePlan(planFor(['https://djangoproject.com/sprint/']))).toEqual([
      'reddit reply edit[] append[1:Correction: Friday] removed[]',
    ]);
  });

  it('a longer thread: live parts are edited, the new part is appended; Bluesky gets the correction reply after its thread', () => {
    const post = testPost('news', ['One (fixed)', 'Two', 'Three'], { correction: { reply: 'Correction: it is on Friday' } });
    expect(describePlan(plan(candidate(post), live(2)))).toEqual([
      'mastodon edit edit[0,1] append[2:Three] removed[]',
      'bluesky reply edit[] append[2:Correction: it is on Friday] removed[]',
    ]);
  });

  it('a shorter thread: the parts it no longer has are reported, never deleted or lost; no reply asked: Bluesky is left', () => {
    const post = testPost('news', ['Only part now']);
    const p = plan(candidate(post), live(3));
    expect(describePlan(p)).toEqual(['mastodon edit edit[0] append[] removed[1,2]', 'bluesky leave edit[] append[] removed[]']);
    expect(p.status === 'correct' && p.targets[1]!.note).toMatch(/cannot be edited.*left as it is.*correction: \{ reply/);
  });

  it('a re-run after a crash: done edits are skipped, claimed ones recovered; a live reply is not sent again', () => {
    const post = testPost('news', ['One (fixed)', 'Two (fixed)'], { correction: { reply: 'Correction: Friday' } });
    const c = candidate(post);
    const first = plan(c, live(2));
    if (first.status !== 'correct') throw new Error(first.status);
    let entry = reviseClaim(first, 'run-1', now);
    entry = recordStepDone(entry, 'correction', c.contentHash, {
      platform: 'mastodon',
      part: 0,
      action: 'edit',
      result: 'edited',
      at: now,
    });
    entry = recordLive(
      entry,
      'bluesky',
      { index: 2, id: 'bluesky-2', url: 'https://bluesky.example/2' },
      partKey('news', 'bluesky', 2),
      'run-1',
      now,
    );
    expect(describePlan(plan(c, entry))).toEqual(['mastodon edit edit[1r] append[] removed[]', 'bluesky reply edit[] append[] removed[]']);
  });

  it('once every step is done the entry holds the new content: a re-run with the same file changes nothing', () => {
    const post = testPost('news', ['One (fixed)']);
    const c = candidate(post, ['mastodon']);
    const first = plan(c, live(1, ['mastodon']));
    if (first.status !== 'correct') throw new Error(first.status);
    let entry = reviseClaim(first, 'run-1', now);
    entry = recordStepDone(entry, 'correction', c.contentHash, {
      platform: 'mastodon',
      part: 0,
      action: 'edit',
      result: 'edited',
      at: now,
    });
    entry = finishRevision(entry, 'correction', c.contentHash, now);
    expect(entry.contentHash).toBe(c.contentHash);
    expect(entry.revisions![0]!.previous).toBe('sha256:original');
    expect(plan(c, entry).status).toBe('published');
  });

  it('a later correction with the same reply does not post it again; a new reply text does', () => {
    const post = testPost('news', ['One (fixed)'], { correction: { reply: 'Correction: Friday' } });
    const c = candidate(post, ['bluesky']);
    const first = plan(c, live(1, ['bluesky']));
    if (first.status !== 'correct') throw new Error(first.status);
    let entry = reviseClaim(first, 'run-1', now);
    entry = recordLive(
      entry,
      'bluesky',
      { index: 1, id: 'bluesky-1', url: 'https://bluesky.example/1' },
      partKey('news', 'bluesky', 1),
      'run-1',
      now,
    );
    entry = recordStepDone(entry, 'correction', c.contentHash, { platform: 'bluesky', part: 1, action: 'reply', at: now });
    entry = finishRevision(entry, 'correction', c.contentHash, now);
    const again = candidate(testPost('news', ['One (fixed again)'], { correction: { reply: 'Correction: Friday' } }), ['bluesky']);
    const second = plan(again, entry);
    expect(describePlan(second)).toEqual(['bluesky leave edit[] append[] removed[]']);
    expect(second.status === 'correct' && second.targets[0]!.note).toMatch(/already posted/);
    const other = candidate(testPost('news', ['One (fixed again)'], { correction: { reply: 'Correction: Saturday' } }), ['bluesky']);
    expect(describePlan(plan(other, entry))).toEqual(['bluesky reply edit[] append[2:Correction: Saturday] removed[]']);
  });

  it('a platform the corrected post no longer goes to is left as it is, and said', () => {
    const p = plan(candidate(testPost('news', ['One (fixed)']), ['mastodon']), live(1, ['mastodon', 'bluesky']));
    expect(describePlan(p)).toEqual(['mastodon edit edit[0] append[] removed[]', 'bluesky leave edit[] append[] removed[]']);
    expect(p.status === 'correct' && p.targets[1]!.note).toMatch(/no longer among the post's platforms/);
  });

  it('a correction with error findings is refused as invalid: nothing is edited', () => {
    const c = {
      ...candidate(testPost('news', ['x'])),
      findings: [{ file: 'posts/news.md', line: 3, column: 1, ruleId: 'count', severity: 'error' as const, message: 'too long' }],
    };
    expect(plan(c, live(1)).status).toBe('invalid');
  });
});

describe('retractions', () => {
  it('deletes every live part from the thread end where the API can; Instagram is left to a person, with the note', () => {
    const post = testPost('news', ['One'], { retract: true, retractReason: 'wrong date' });
    const p = plan(candidate(post), live(2, ['mastodon', 'bluesky', 'instagram']));
    expect(describePlan(p)).toEqual([
      'mastodon delete[1,0]',
      'bluesky delete[1,0]',
      'instagram by hand https://instagram.example/0 https://instagram.example/1: the Instagram API can neither edit a caption nor delete a post: change or remove it in the app',
    ]);
    expect(p.status === 'retract' && p.reason).toBe('wrong date');
  });

  it('a retraction left unfinished is finished (claimed deletes recovered), then the post is retracted for good, whatever the file says', () => {
    const post = testPost('news', ['One'], { retract: true, retractReason: 'wrong date' });
    const c = candidate(post, ['mastodon']);
    const first = plan(c, live(2, ['mastodon']));
    if (first.status !== 'retract') throw new Error(first.status);
    let entry = reviseClaim(first, 'run-1', now);
    entry = recordStepDone(entry, 'retraction', c.contentHash, {
      platform: 'mastodon',
      part: 1,
      action: 'delete',
      result: 'deleted',
      at: now,
    });
    // Someone edits the file meanwhile (even un-retracting it): the approved retraction still finishes.
    expect(describePlan(plan(candidate(testPost('news', ['Back again']), ['mastodon']), entry))).toEqual(['mastodon delete[0r]']);
    entry = recordStepDone(entry, 'retraction', c.contentHash, {
      platform: 'mastodon',
      part: 0,
      action: 'delete',
      result: 'gone',
      at: now,
    });
    entry = finishRevision(entry, 'retraction', c.contentHash, now);
    expect(entry.platforms.mastodon!.map((p) => [p.id, p.url, Boolean(p.deletedAt)])).toEqual([
      ['mastodon-0', 'https://mastodon.example/0', true],
      ['mastodon-1', 'https://mastodon.example/1', true],
    ]);
    expect(plan(candidate(testPost('news', ['Back again']), ['mastodon']), entry).status).toBe('retracted');
    expect(plan(c, entry).status).toBe('retracted');
  });

  it('retract: true on a post that never went live publishes nothing', () => {
    const post = testPost('news', ['One'], { retract: true, retractReason: 'cancelled' });
    const p = planPublication({ mode: 'push', candidates: [candidate(post)], ledgers: {}, contentMatches: {}, config, now }).posts[0]!;
    expect(describePlan(p)).toEqual([]);
    expect(p.status).toBe('retract');
  });
});
