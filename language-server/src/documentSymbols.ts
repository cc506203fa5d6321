import { readListeners } from '@ovenjs/analysis';
import type ts from 'typescript';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver/node';
import { nodeRange } from './_positions.js';
import type { ProjectAnalysis } from './analyseProject.js';

function symbol(name: string, detail: string, kind: SymbolKind, node: ts.Node): DocumentSymbol {
	const range = nodeRange(node);
	return { name, detail, kind, range, selectionRange: range };
}

/**
 * The outline of a file's Discord parts: commands it defines, `commandName` handlers,
 * event listeners and component (custom_id) handlers, in source order.
 */
export function documentSymbols(t: typeof ts, file: ts.SourceFile, project: ProjectAnalysis): DocumentSymbol[] {
	const out: { start: number; symbol: DocumentSymbol }[] = [];
	const add = (node: ts.Node, value: DocumentSymbol): void => {
		out.push({ start: node.getStart(file), symbol: value });
	};
	for (const command of project.commands.defined) {
		if (command.node.getSourceFile() === file) add(command.node, symbol(`/${command.name}`, 'command', SymbolKind.Function, command.node));
	}
	for (const handler of project.commands.handlers) {
		if (handler.node.getSourceFile() === file)
			add(handler.node, symbol(`handle /${handler.name}`, 'command handler', SymbolKind.Method, handler.node));
	}
	for (const listener of readListeners(t, file)) {
		if (listener.dispatch === undefined && !/^[a-z][A-Za-z]+$/.test(listener.event)) continue;
		add(listener.call, symbol(`on ${listener.event}`, 'event listener', SymbolKind.Event, listener.call));
	}
	for (const handler of project.customIdHandlers) {
		if (handler.node.getSourceFile() === file)
			add(handler.node, symbol(`handle ${handler.label}`, 'component handler', SymbolKind.Method, handler.node));
	}
	return out.sort((a, b) => a.start - b.start).map((entry) => entry.symbol);
}
