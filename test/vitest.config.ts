import { ovenProject } from '../vitest.shared.js';

export default ovenProject('cross-package', { include: ['**/*.test.ts'] });
