import { describe, expect, it } from 'vitest';
import { isDiscordClientReceiver } from '@ovenjs/analysis';
import { parse, ts } from './_parse.js';

/** Whether the receiver of the first `.on(` call of `text` is taken for a Discord client. */
function receiverIsClient(text: string, checker?: ts.TypeChecker, file = parse(text)): boolean {
	let result: boolean | undefined;
	const visit = (node: ts.Node): void => {
		if (
			result === undefined &&
			ts.isCallExpression(node) &&
			ts.isPropertyAccessExpression(node.expression) &&
			node.expression.name.text === 'on'
		)
			result = isDiscordClientReceiver(ts, node.expression.expression, checker);
		ts.forEachChild(node, visit);
	};
	visit(file);
	return result ?? false;
}

describe('isDiscordClientReceiver', () => {
	it('recognises clients by how they are made or named', () => {
		expect(receiverIsClient(`const client = new Client({ intents: [] }); client.on('ready', () => {});`)).toBe(true);
		expect(receiverIsClient(`const becca = new ExtendedClient(); becca.on('ready', () => {});`)).toBe(true);
		expect(receiverIsClient(`const app = createClient({ token }); app.on('READY', () => {});`)).toBe(true);
		expect(receiverIsClient(`this.client.on('ready', () => {});`)).toBe(true);
	});

	it('leaves other emitters alone: a chokidar watcher, a socket', () => {
		expect(receiverIsClient(`const watcher = chokidar.watch('.'); watcher?.on('change', () => {});`)).toBe(false);
		expect(receiverIsClient(`socket.on('message', () => {});`)).toBe(false);
	});

	it('decides by type where types exist', () => {
		const text = `interface Watcher { on(e: string, f: () => void): void }\ninterface Bot { login(): void; guilds: object; on(e: string, f: () => void): void }\ndeclare const client: Watcher;\ndeclare const w: Bot;\nclient.on('x', () => {});\nw.on('x', () => {});`;
		const host = ts.createCompilerHost({});
		const original = host.getSourceFile;
		host.getSourceFile = (name, target) => (name === 'bot.ts' ? ts.createSourceFile(name, text, target, true) : original(name, target));
		const program = ts.createProgram(['bot.ts'], { noLib: true, types: [] }, host);
		const file = program.getSourceFile('bot.ts');
		if (file === undefined) throw new Error('no file');
		const checker = program.getTypeChecker();
		expect(receiverIsClient(text, checker, file)).toBe(false);
		const second = file.statements[file.statements.length - 1] as ts.ExpressionStatement;
		const call = second.expression as ts.CallExpression;
		expect(isDiscordClientReceiver(ts, (call.expression as ts.PropertyAccessExpression).expression, checker)).toBe(true);
	});
});
