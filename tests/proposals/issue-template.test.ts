// This repository's proposal form is the one Herald generates for its config: the labels the reader
// looks for cannot drift from the form people fill in.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/parse.ts';
import { proposalIssueForm } from '../../src/core/proposal.ts';
import { postTargets } from '../../src/core/rules/platforms.ts';

const root = join(import.meta.dirname, '../..');

it('.github/ISSUE_TEMPLATE/post.yml is the generated form for .github/herald.yml', () => {
  const parsed = parseConfig('.github/herald.yml', readFileSync(join(root, '.github/herald.yml')));
  if (!parsed.ok) throw new Error('this repository’s config does not parse');
  expect(readFileSync(join(root, '.github/ISSUE_TEMPLATE/post.yml'), 'utf8')).toBe(proposalIssueForm(postTargets({}, parsed.config)));
});
