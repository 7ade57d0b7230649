// `herald schema config|post`: the JSON Schema editors use to complete and check .github/herald.yml
// and post front matter (see docs/editors.md).
import { parseArgs } from 'node:util';
import { configSchema } from '../core/schema/config.ts';
import { postFrontMatterSchema } from '../core/schema/post.ts';
import { didYouMean } from '../core/yaml/suggest.ts';
import { UsageError, type CliIO } from './io.ts';

export const SCHEMA_HELP = `Usage: herald schema <config|post>

Prints the JSON Schema of .github/herald.yml (config) or of a post's front matter (post), built from
the definitions Herald's parser uses. Save it next to the file and point your editor at it, e.g. the
first line of .github/herald.yml:
  # yaml-language-server: $schema=./herald.schema.json

Options:
  -h, --help   show this help
`;

const SCHEMAS = { config: configSchema, post: postFrontMatterSchema } as const;

export function schemaCommand(argv: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    io.out(SCHEMA_HELP);
    return 0;
  }
  const [which] = positionals;
  if (which !== 'config' && which !== 'post') {
    throw new UsageError(
      which ? `no schema "${which}": config or post.${didYouMean(which, Object.keys(SCHEMAS))}` : 'name the schema: config or post',
    );
  }
  io.out(`${JSON.stringify(SCHEMAS[which](), null, 2)}\n`);
  return 0;
}
