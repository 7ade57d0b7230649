// The proposal form: the issue template comes from the same field list the answers are read by, and
// every answer that cannot become a post names its field and the fix.
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config/parse.ts';
import { parsePost } from '../../src/core/post/parse.ts';
import { PROPOSAL_FIELDS, planProposal, proposalIssueForm, proposalPost, readIssueForm } from '../../src/core/proposal.ts';

const parsed = parseConfig(
  '.github/herald.yml',
  'timezone: Europe/Amsterdam\nplatforms:\n  mastodon: { server: https://fosstodon.org }\n  bluesky: {}\n',
);
if (!parsed.ok) throw new Error('config');
const config = parsed.config;
const context = {
  title: 'Post: Sprint in Berlin',
  number: 7,
  config,
  now: new Date('2026-12-04T09:00:00Z'),
  isAttachment: (u: URL) => u.hostname === 'github.com',
};

/** An issue body exactly as GitHub renders an issue form's answers. */
function body(answers: Record<string, string>): string {
  return PROPOSAL_FIELDS.map((f) => `### ${f.label}\n\n${answers[f.id] ?? '_No response_'}`).join('\n\n');
}

describe('proposalIssueForm', () => {
  it('is an issue form whose labels are the ones readIssueForm reads', () => {
    const form = parse(proposalIssueForm(['mastodon', 'bluesky']));
    expect(form.labels).toEqual(['post proposal']);
    const fields = form.body.filter((b: { type: string }) => b.type !== 'markdown');
    expect(fields.map((f: { id: string }) => f.id)).toEqual(PROPOSAL_FIELDS.map((f) => f.id));
    expect(fields.find((f: { id: string }) => f.id === 'platforms').attributes.options).toEqual([
      { label: 'Mastodon' },
      { label: 'Bluesky' },
    ]);
    expect(fields.find((f: { id: string }) => f.id === 'text').validations).toEqual({ required: true });
  });
});

describe('readIssueForm', () => {
  it('reads each answer, empty ones as empty, keeping headings the proposer typed as text', () => {
    const answers = readIssueForm(
      body({ text: 'Hello\n\n### not a field\nstill text', platforms: '- [X] Mastodon\n- [ ] Bluesky' }).replace(/\n/g, '\r\n'),
    );
    expect(answers.text).toBe('Hello\n\n### not a field\nstill text');
    expect(answers.platforms).toBe('- [X] Mastodon\n- [ ] Bluesky');
    expect(answers.publish_at).toBe('');
  });
});

describe('planProposal', () => {
  it('names the file after the title and the publish day in the group’s zone', () => {
    const plan = planProposal({ text: 'Sprint!', publish_at: '2026-12-14T23:30:00Z', platforms: '- [X] Bluesky' }, context);
    expect(plan).toMatchObject({ ok: true, file: 'posts/2026-12-15-sprint-in-berlin.md', platforms: ['bluesky'] });
  });

  it('names each answer that is wrong and what to do', () => {
    const plan = planProposal(
      { text: ' ', platforms: '- [X] MySpace', image: '![a](https://evil.example/x.png)', publish_at: '2026-12-15 17:00' },
      context,
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.problems).toEqual([
      { field: 'Post text', message: 'is empty: write what the post should say' },
      { field: 'Platforms', message: '"MySpace" is not one of the group\'s platforms (Mastodon, Bluesky)' },
      { field: 'Image', message: 'must be an image uploaded to this issue (drag the file into the field), not a link to another site' },
      { field: 'Image description (alt text)', message: 'is empty: describe what the image shows for people who cannot see it' },
      {
        field: 'Publish at',
        message:
          'the offset is missing (add Z or e.g. +01:00): write e.g. 2026-12-15T17:00:00+01:00, or leave it empty to publish on merge',
      },
    ]);
  });
});

describe('proposalPost', () => {
  it('writes a post that parses to the answers, with hostile text kept as text', () => {
    const plan = planProposal(
      {
        text: 'Come to the sprint!\n\n---\n\nSecond part',
        image: '<img alt="x" src="https://github.com/user-attachments/assets/1">',
        alt: 'People [coding]',
        credit: 'Photo: "Ann", CC BY',
      },
      context,
    );
    if (!plan.ok) throw new Error(JSON.stringify(plan.problems));
    const text = proposalPost(plan, 7, 'media/2026-12-04-sprint-in-berlin.png');
    const post = parsePost(plan.file, text);
    if (!post.ok) throw new Error(JSON.stringify(post.findings));
    expect(post.post.parts.map((p) => p.text.trim())).toEqual(['Come to the sprint!', 'Second part']);
    expect(post.post.parts[1]!.media).toMatchObject([
      { path: 'posts/media/2026-12-04-sprint-in-berlin.png', alt: 'People coding', credit: 'Photo: ”Ann”, CC BY' },
    ]);
  });
});
