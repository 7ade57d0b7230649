// approval.request_reviews end to end: the app over HTTP against the fake GitHub, two instances.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { startHerald, type HeraldHarness } from '../helpers/fake-github/herald-harness.ts';
import { reviewRequests } from '../helpers/fake-github/routes-review-requests.ts';
import { fixture, person, scenario } from '../helpers/fake-github/scenario.ts';
import { pullRequestEvent } from '../helpers/fake-github/payloads.ts';
import { INSTALLATION_ID } from '../helpers/fake-github/herald-harness.ts';

const NOW = new Date('2026-12-01T10:00:00Z');
const ASKING = fixture('herald.yml').replace('  author_approves: false\n', '  author_approves: false\n  request_reviews: true\n');
let h: HeraldHarness;

beforeEach(async () => {
  h = await startHerald({ now: () => NOW, instances: 2 });
});
afterEach(async () => {
  try {
    h.github.assertNoViolations();
  } finally {
    await h.close();
  }
});

const asked = (pull: Parameters<typeof reviewRequests>[0]) => reviewRequests(pull).map((r) => r.login);

test('asks each active member who has not voted once: never the author nor a member out of term, whatever instance gets the event', async () => {
  const s = scenario(h, { '.github/herald.yml': ASKING });
  const pull = await s.open({ 'posts/a.md': fixture('release.md') }, { author: 'ada' });
  // ada wrote it; old-timer's term ended in May.
  expect(asked(pull)).toEqual(['liam', 'mei']);
  expect(reviewRequests(pull)[0]!.requester.login).toBe('herald-test[bot]');
  // Re-deliveries and the second instance read the timeline and ask nobody again.
  for (const instance of [0, 1, 1, 0]) {
    expect(await h.deliver('pull_request', pullRequestEvent(s.repo, pull, 'edited', INSTALLATION_ID), { instance })).toBe(200);
  }
  await s.review(pull, 'liam', 'APPROVED');
  await s.push(pull, { 'posts/a.md': fixture('release.md').replace('is out', 'has been released') });
  expect(asked(pull)).toEqual(['liam', 'mei']);
});

test('a member who joins the roster later is asked once, the others are not asked again', async () => {
  const s = scenario(h, { '.github/herald.yml': ASKING });
  const pull = await s.open({ 'posts/a.md': fixture('release.md') });
  const withNoor = ASKING.replace(
    'roster:\n',
    'roster:\n  - login: noor\n    role: member\n    term: { start: 2026-11-01, end: 2027-10-31 }\n',
  );
  h.github.state.pushToDefaultBranch(s.repo, { '.github/herald.yml': withNoor });
  expect(await s.deliverPull(pull, 'edited')).toBe(200);
  expect(asked(pull)).toEqual(['liam', 'mei', 'noor']);
});

test('who was asked is read from every page of the timeline', async () => {
  const s = scenario(h, { '.github/herald.yml': ASKING });
  const pull = h.github.state.openPull(s.repo, { author: person('ada'), changes: { 'posts/a.md': fixture('release.md') } });
  // 150 earlier requests (GitHub lists 100 a page); liam's is on the second page.
  const earlier = Array.from({ length: 150 }, (_, i) => (i === 120 ? 'liam' : `guest-${i}`));
  for (const login of earlier)
    reviewRequests(pull).push({ id: h.github.state.nextId(), login, requester: person('ada'), at: '2026-11-30T10:00:00Z' });
  expect(await s.deliverPull(pull, 'opened')).toBe(200);
  expect(asked(pull).slice(150)).toEqual(['mei']);
  expect(h.github.requests.filter((r) => r.operation === 'issues/list-events-for-timeline')).toHaveLength(2);
});

test('nobody is asked when the option is off or on a draft; the timeline is not even read', async () => {
  const off = scenario(h);
  const pull = await off.open({ 'posts/a.md': fixture('release.md') });
  expect(asked(pull)).toEqual([]);
  const s = scenario(h, { '.github/herald.yml': ASKING });
  const draft = h.github.state.openPull(s.repo, {
    author: { login: 'ada', type: 'User' },
    changes: { 'posts/b.md': fixture('release.md') },
    draft: true,
  });
  expect(await s.deliverPull(draft, 'opened')).toBe(200);
  expect(asked(draft)).toEqual([]);
  expect(h.github.requests.some((r) => r.operation === 'issues/list-events-for-timeline')).toBe(false);
});
