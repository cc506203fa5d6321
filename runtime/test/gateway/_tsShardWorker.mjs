// Test-only worker bootstrap: the runtime runs from TypeScript source under vitest, so the
// worker registers tsx before loading the shard worker entry. Production uses dist/ directly.
import { register } from 'tsx/esm/api';

register();
await import('../../src/gateway/_shardWorker.ts');
