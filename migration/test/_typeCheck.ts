import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const here = dirname(fileURLToPath(import.meta.url));
const workspaceModules = resolve(here, '../../node_modules');

/**
 * Type-checks `text` as a TypeScript ES module against the workspace's ovenjs (its built types
 * in runtime/dist, as a bot's would resolve), strict as the house config; returns the
 * diagnostics as `line: message`. Copied in spirit from fixtures.test.ts.
 */
export function typeCheck(text: string): string[] {
	const root = mkdtempSync(join(tmpdir(), 'oven-migrate-check-'));
	writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
	symlinkSync(workspaceModules, join(root, 'node_modules'), 'dir');
	const path = join(root, 'bot.ts');
	writeFileSync(path, text);
	const program = ts.createProgram([path], {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		target: ts.ScriptTarget.ES2022,
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		noUncheckedIndexedAccess: true,
		exactOptionalPropertyTypes: true,
		types: ['node'],
	});
	const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => {
		const line = d.file === undefined || d.start === undefined ? '' : `${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `;
		return `${line}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
	});
	rmSync(root, { recursive: true, force: true });
	return diagnostics;
}
