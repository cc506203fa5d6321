import { ovenProject } from '../vitest.shared.js';

export default ovenProject('eslint-plugin');
