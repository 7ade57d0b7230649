// Link text says where it goes.
import { stringList } from '../options.ts';
import { draftAt, textSources } from '../position.ts';
import { findLinkLabels } from '../scan.ts';
import { findTerms, wordsKey } from '../terms.ts';
import type { Draft, Rule } from '../types.ts';

function normalise(text: string): string {
  return wordsKey(text, ' ');
}

export const vagueLinkText: Rule<{ phrases: string[]; calls: string[] }> = {
  id: 'vague-link-text',
  description: 'Links are not labelled "click here", "here", "this link" or "read more", and the text does not say "click here".',
  rationale: 'Screen-reader users jump from link to link; "here" says nothing out of context, and not everyone clicks.',
  defaultSeverity: 'warn',
  options: {
    phrases: stringList('Link labels that say nothing about the target.', [
      'click here',
      'here',
      'this link',
      'read more',
      'link',
      'more',
      'this',
      'click',
      'learn more',
      'this page',
    ]),
    calls: stringList('Phrases reported anywhere in the text.', ['click here', 'click this link', 'tap here']),
  },
  check({ post, options }) {
    const findings: Draft[] = [];
    const vague = new Set(options.phrases.map(normalise));
    const hint = 'Use words that say where the link goes ("the Django 6.0 release notes").';
    for (const source of textSources(post)) {
      const labelled: number[] = [];
      for (const label of findLinkLabels(source.text)) {
        if (!vague.has(normalise(label.text))) continue;
        labelled.push(label.offset);
        findings.push(draftAt(source, label.offset, label.text.length, `vague link text '${label.text}'`, { hint }));
      }
      for (const call of findTerms(source.text, options.calls)) {
        if (labelled.includes(call.offset)) continue;
        findings.push(draftAt(source, call.offset, call.text.length, `vague link text '${call.text}'`, { hint }));
      }
    }
    return { findings };
  },
};
