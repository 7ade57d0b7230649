// `herald new`: scaffold a post file the author only has to fill in.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { slugify } from '../core/slug.ts';
import { UsageError, type CliIO } from './io.ts';

export const NEW_HELP = `Usage: herald new <title> [options]

Creates posts/<date>-<slug>.md with front matter to fill in, and prints its path.

Options:
  --date <YYYY-MM-DD>   date for the file name (default: today)
  --platforms <list>    comma-separated platform ids (default: every enabled platform)
  --language <tag>      BCP 47 language tag (default: en)
  -h, --help            show this help
`;

export function scaffold(title: string, language: string, platforms: string[] | undefined): string {
  const lines = ['---', `language: ${language}`];
  if (platforms) lines.push(`platforms: [${platforms.join(', ')}]`);
  lines.push(
    '# publish_at: 2026-12-01T09:00:00+01:00   # omit to publish on merge',
    '# content_warning: ...',
    '---',
    `${title}`,
    '',
    'Write the post here. A line with only --- starts the next part of a thread.',
    '',
  );
  return lines.join('\n');
}

export function newCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      date: { type: 'string' },
      platforms: { type: 'string' },
      language: { type: 'string', default: 'en' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(NEW_HELP);
    return 0;
  }
  const title = positionals.join(' ').trim();
  if (!title) throw new UsageError('herald new needs a title, e.g. herald new "Django 6.0 released"');
  const date = values.date ?? io.now.toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must look like 2026-12-01, not "${date}"`);
  const slug = slugify(title);
  if (!slug) throw new UsageError(`the title "${title}" has no letters or digits to name the file after`);
  const path = `posts/${date}-${slug}.md`;
  const full = resolve(io.cwd, path);
  if (existsSync(full)) throw new UsageError(`${path} already exists: pick another title or edit that file`);
  const platforms = values.platforms?.split(',').map((p) => p.trim()).filter(Boolean);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, scaffold(title, values.language, platforms), { flag: 'wx' });
  io.out(`${path}\n`);
  return 0;
}
