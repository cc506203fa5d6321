import { ovenProject } from '../vitest.shared.js';

export default ovenProject('migrate', { testTimeout: 60_000, hookTimeout: 60_000 });
