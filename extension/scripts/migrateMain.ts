// The entry of dist/migrate.mjs: oven-migrate's CLI, as its bin runs it.
import { main } from '../../migration/src/cli.js';

process.exitCode = await main(process.argv.slice(2));
