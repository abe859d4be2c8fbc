// Runs Astro's CLI on Node 20 too: the stock `astro` bin refuses Node < 22.12 although
// Astro 6.0.5 itself declares and runs on ^20.19.1 (see shared/research/toolchain.md).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env['ASTRO_TELEMETRY_DISABLED'] ??= '1';
const require = createRequire(import.meta.url);
const astroRoot = dirname(require.resolve('astro/package.json'));
const { cli } = await import(pathToFileURL(join(astroRoot, 'dist/cli/index.js')).href);
// Astro reads the command from argv[2], as if invoked as `astro <cmd>`.
await cli(process.argv);
