import { ovenProject } from '../vitest.shared.js';

// The end-to-end tests start real tsserver processes; give them room.
export default ovenProject('ts-plugin', { testTimeout: 60_000, hookTimeout: 60_000 });
