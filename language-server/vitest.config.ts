import { ovenProject } from '../vitest.shared.js';

// The tests build the server and talk to it over stdio; give them room on a loaded machine.
export default ovenProject('language-server', { testTimeout: 60_000, hookTimeout: 120_000 });
