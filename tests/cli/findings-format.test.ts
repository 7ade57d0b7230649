import { describe, expect, it } from 'vitest';
import { formatFindings } from '../../src/cli/findings-format.ts';
import { COLOUR, PLAIN, styleFor } from '../../src/cli/style.ts';
import type { Finding } from '../../src/core/types.ts';

const findings: Finding[] = [
  { file: 'posts/b.md', line: 3, column: 1, ruleId: 'alt-text', severity: 'warn', message: 'alt text "image" says nothing' },
  {
    file: 'posts/a.md',
    line: 9,
    column: 41,
    ruleId: 'length',
    severity: 'error',
    platform: 'x',
    message: 'part 1 is 297/280, 17 over',
    hint: 'shorten it, or add an x override',
  },
];

describe('formatFindings', () => {
  it('groups by file in order, with position, severity, platform, rule and hint', () => {
    const text = formatFindings(findings, 'human', PLAIN, 2);
    expect(text).toBe(
      [
        'posts/a.md',
        '  9:41    error    x: part 1 is 297/280, 17 over  length',
        '                   shorten it, or add an x override',
        '',
        'posts/b.md',
        '  3:1     warning  alt text "image" says nothing  alt-text',
        '',
        '2 files checked: 1 error, 1 warning',
        '',
      ].join('\n'),
    );
  });

  it('names the platform once when the rule message already leads with it', () => {
    const own: Finding[] = [
      { file: 'posts/a.md', line: 4, column: 281, ruleId: 'length', severity: 'error', platform: 'x', message: 'x: 281/280 (1 over)' },
      {
        file: 'posts/a.md',
        line: 6,
        column: 3,
        ruleId: 'hashtag-count',
        severity: 'warn',
        platform: 'x',
        message: 'x override: 5 hashtags (at most 3)',
      },
      {
        file: 'posts/a.md',
        line: 7,
        column: 1,
        ruleId: 'posting-cadence',
        severity: 'warn',
        platform: 'mastodon',
        message: 'xylophones everywhere',
      },
    ];
    const human = formatFindings(own, 'human', PLAIN, 1);
    expect(human).toContain('  4:281   error    x: 281/280 (1 over)  length');
    expect(human).toContain('  6:3     warning  x override: 5 hashtags (at most 3)  hashtag-count');
    expect(human).toContain('  7:1     warning  mastodon: xylophones everywhere  posting-cadence');
    expect(formatFindings(own.slice(0, 1), 'github', PLAIN, 1)).toBe(
      '::error file=posts/a.md,line=4,col=281,title=Herald length::x: 281/280 (1 over)\n',
    );
  });

  it('keeps rows in line when a position is wider than usual', () => {
    const wide: Finding[] = [
      { file: 'posts/a.md', line: 4, column: 1, ruleId: 'all-caps', severity: 'warn', message: 'short', hint: 'h1' },
      { file: 'posts/a.md', line: 120, column: 1040, ruleId: 'length', severity: 'error', message: 'long', hint: 'h2' },
    ];
    expect(formatFindings(wide, 'human', PLAIN, 1).split('\n').slice(1, 5)).toEqual([
      '  4:1       warning  short  all-caps',
      '                     h1',
      '  120:1040  error    long  length',
      '                     h2',
    ]);
  });

  it('writes one line per finding in the form editors and problem matchers read', () => {
    const lines = formatFindings(findings, 'compact', PLAIN, 2).split('\n');
    expect(lines).toEqual([
      'posts/a.md:9:41: error length: x: part 1 is 297/280, 17 over (shorten it, or add an x override)',
      'posts/b.md:3:1: warning alt-text: alt text "image" says nothing',
      '',
    ]);
    // The pattern a VS Code or GitHub problem matcher uses for gcc-style output.
    for (const line of lines.filter(Boolean)) expect(line).toMatch(/^([^:]+):(\d+):(\d+): (warning|error) ([\w/-]+): (.+)$/);
  });

  it('says so when all is well', () => {
    expect(formatFindings([], 'human', PLAIN, 1)).toBe('1 file checked: 0 errors, 0 warnings\n');
  });

  it('writes JSON with counts', () => {
    const parsed = JSON.parse(formatFindings(findings, 'json', PLAIN, 2));
    expect(parsed).toMatchObject({ filesChecked: 2, errors: 1, warnings: 1 });
    expect(parsed.findings.map((f: Finding) => f.file)).toEqual(['posts/a.md', 'posts/b.md']);
  });

  it('writes GitHub workflow commands, escaping what the runner would misread', () => {
    const tricky: Finding = { ...findings[1]!, file: 'posts/a,b:c.md', message: '100% over\nsecond line' };
    expect(formatFindings([tricky], 'github', PLAIN, 1)).toBe(
      '::error file=posts/a%2Cb%3Ac.md,line=9,col=41,title=Herald length::x: 100%25 over%0Asecond line%0Ashorten it, or add an x override\n',
    );
  });
});

describe('styleFor', () => {
  it('colours only a TTY, and never with NO_COLOR', () => {
    expect(styleFor({ isTTY: true }, {})).toBe(COLOUR);
    expect(styleFor({ isTTY: false }, {})).toBe(PLAIN);
    expect(styleFor({ isTTY: true }, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(styleFor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(COLOUR);
  });
});
