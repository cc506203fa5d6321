import { ovenProject } from '../vitest.shared.js';

export default ovenProject('inspect');
