import { expect, test } from 'vitest';
import { governedChanges } from '../../src/app/config-changes.ts';
import { parseConfig } from '../../src/core/config/parse.ts';
import { fixture } from '../helpers/fake-github/scenario.ts';

const config = (text: string) => {
  const parsed = parseConfig('.github/herald.yml', text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.findings));
  return parsed.config;
};

test('turning on approval.request_reviews is a membership vote, like every approval key', () => {
  const current = config(fixture('herald.yml'));
  const head = config(fixture('herald.yml').replace('  author_approves: false\n', '  author_approves: false\n  request_reviews: true\n'));
  expect(head.approval.requestReviews).toBe(true);
  expect(current.approval.requestReviews).toBe(false);
  expect(governedChanges(current, head)).toEqual(['approval']);
});
