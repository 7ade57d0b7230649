// The npm package's `herald` command (bundled into dist/herald.js by scripts/build.ts): runs main().
import { main } from '../cli.ts';

await main();
