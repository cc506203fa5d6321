import { ovenProject } from '../vitest.shared.js';

export default ovenProject('create-oven-bot', { testTimeout: 60_000, hookTimeout: 60_000 });
