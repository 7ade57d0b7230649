// The prefilter's data must be the data the installed plugins use.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_PHRASES, EQUALITY_GROUPS } from '../../../../src/core/rules/language/data.ts';

describe('language data', () => {
  it('reads retext-equality patterns from the very package the plugin is loaded from', async () => {
    const pluginFile = fileURLToPath(import.meta.resolve('retext-equality'));
    const patternsUrl = new URL('./patterns-en.js', import.meta.resolve('retext-equality')).href;
    const { patterns } = (await import(patternsUrl)) as { patterns: { id: string }[] };
    expect(pluginFile).toMatch(/node_modules\/retext-equality\/lib\/en\.js$/);
    expect(EQUALITY_GROUPS.map((group) => group.id)).toEqual(patterns.map((pattern) => pattern.id));
  });

  it('has the phrases both plugins are known to report', () => {
    expect(ALL_PHRASES.equality.has('guys')).toBe(true);
    expect(ALL_PHRASES.profanity.has('crap')).toBe(true);
    expect(ALL_PHRASES.profanity.has('craps')).toBe(true); // plural added as the plugin does
  });
});
