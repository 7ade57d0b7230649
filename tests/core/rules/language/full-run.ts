// The reference the fast paths are proven against: the unmodified plugins run through retext on the whole text.
import { retext } from 'retext';
import retextEquality from 'retext-equality';
import retextProfanities from 'retext-profanities';
import type { LanguageMessage, LanguageOptions } from '../../../../src/core/rules/language/check-text.ts';

const fullProcessors = new Map<LanguageOptions, { process(text: string): Promise<{ messages: import('vfile').VFile['messages'] }> }>();

export async function fullRun(text: string, options: LanguageOptions): Promise<LanguageMessage[]> {
  let processor = fullProcessors.get(options);
  if (!processor) {
    const sureness = (options.sureness ?? 0) as 0 | 1 | 2;
    processor =
      options.kind === 'equality'
        ? retext().use(retextEquality, { ignore: [...options.ignore], binary: options.binary ?? false })
        : retext().use(retextProfanities, { ignore: [...options.ignore], sureness });
    fullProcessors.set(options, processor);
  }
  const file = await processor.process(text);
  return file.messages
    .map((m) => ({
      source: m.source ?? '',
      ruleId: m.ruleId ?? '',
      reason: m.reason,
      actual: (m as { actual?: string }).actual ?? '',
      expected: (m as { expected?: string[] }).expected ?? [],
      start: m.place && 'start' in m.place ? (m.place.start.offset ?? 0) : 0,
      end: m.place && 'end' in m.place ? (m.place.end.offset ?? 0) : 0,
    }))
    .sort((a, b) => a.start - b.start || a.ruleId.localeCompare(b.ruleId));
}
