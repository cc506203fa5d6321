#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer.js';

// `oven-language-server --stdio`: the transport every LSP editor can spawn.
if (!process.argv.includes('--stdio')) {
	process.stderr.write(
		'Usage: oven-language-server --stdio\nThe OvenJS language server speaks LSP over stdin/stdout; start it from your editor.\n',
	);
	process.exit(2);
}
startServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout));
