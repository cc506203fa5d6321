import { ovenProject } from '../vitest.shared.js';

// The webview tests start a real headless Chromium; give them room on a loaded machine.
export default ovenProject('ovenjs-vscode', { testTimeout: 60_000, hookTimeout: 60_000 });
