import { ts } from 'ts-morph';
import type { DiscordJsEquivalent } from './DiscordJsEquivalent.js';

/**
 * A row as the object model's table writes it (`DiscordJsEquivalents` of `@ovenjs/analysis`):
 * the discord.js member, and an example of the OvenJS expression written over a named receiver
 * (`message.reply('pong')`, `any.isChatInputCommand()`), or null when OvenJS has none.
 */
export interface ExampleEquivalent {
	readonly member: string;
	readonly ovenjs: string | null;
	/** A class row's package, when it is not `ovenjs`. */
	readonly module?: string;
	readonly note?: string;
}

/** One link of an example's chain: a member name, and whether the example calls it. */
interface Link {
	readonly name: string;
	readonly called: boolean;
}

/** The receiver an example starts from and the links after it (`member.roles.ids` → member, [roles, ids]); undefined for any other shape. */
function chainOf(example: string): { readonly root: string; readonly links: readonly Link[] } | undefined {
	const statement = ts.createSourceFile('example.ts', `(${example});`, ts.ScriptTarget.Latest).statements[0];
	if (statement === undefined || !ts.isExpressionStatement(statement)) return undefined;
	let node: ts.Expression = statement.expression;
	const links: Link[] = [];
	let called = false;
	for (;;) {
		if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) node = node.expression;
		else if (ts.isCallExpression(node)) {
			called = true;
			node = node.expression;
		} else if (ts.isPropertyAccessExpression(node)) {
			links.unshift({ name: node.name.text, called });
			called = false;
			node = node.expression;
		} else if (ts.isElementAccessExpression(node)) {
			// `client.shards[0]`: a link that is no member name.
			links.unshift({ name: '', called: false });
			called = false;
			node = node.expression;
		} else break;
	}
	return ts.isIdentifier(node) && !called ? { root: node.text, links } : undefined;
}

/**
 * The migration's rows from the object model's examples. What the migration can do without a
 * person: nothing where OvenJS has the member under discord.js's name (`user.tag`, `any.isButton()`,
 * `member.ban(…)`: the row keeps it), rename it where OvenJS names it otherwise and uses it the
 * same way (`attachment.filename`, `any.isChatInputCommand()` for v13's `isCommand()`). Any other
 * example is what the todo tells a person to write.
 */
export function fromExamples(rows: readonly ExampleEquivalent[], receivers: ReadonlyMap<string, string>): DiscordJsEquivalent[] {
	// The class rows' names: an example that starts from a receiver of the class's OvenJS counterpart is about the same value.
	// (Managers are reached through their owner, `member.roles`: their examples name no receiver of their own.)
	const classes: Readonly<Record<string, string>> = Object.fromEntries(
		rows.flatMap((row) =>
			row.member.includes('.') ||
			row.member.startsWith('new ') ||
			row.member.endsWith('Manager') ||
			row.ovenjs === null ||
			row.module !== undefined
				? []
				: [[row.member, row.ovenjs]],
		),
	);
	/** Whether the example's receiver is the discord.js owner's OvenJS counterpart (`message` for Message, not `handler`). */
	const sameReceiver = (owner: string, root: string): boolean =>
		Object.hasOwn(classes, owner) ? classes[owner] === receivers.get(root) : owner.toLowerCase() === root.toLowerCase();
	const out: DiscordJsEquivalent[] = [];
	for (const row of rows) {
		// Constructors (`new Client`) are rewritten whole by their transforms.
		if (row.member.startsWith('new ')) continue;
		const note = row.note === undefined ? {} : { note: row.note };
		// A class row (`GuildMember` → `Member`): the name an import or a type annotation takes.
		if (!row.member.includes('.')) {
			out.push({
				member: row.member,
				...(row.ovenjs === null ? {} : { oven: row.ovenjs }),
				...(row.module === undefined ? {} : { module: row.module }),
				...note,
			});
			continue;
		}
		const name = row.member.slice(row.member.lastIndexOf('.') + 1);
		const owner = row.member.slice(0, row.member.indexOf('.'));
		if (row.ovenjs === null) {
			out.push({ member: row.member, ...note });
			continue;
		}
		const chain = chainOf(row.ovenjs);
		const [first] = chain?.links ?? [];
		// A chain of discord.js members (`Client.ws.ping`) read where OvenJS reads something else from the same value
		// (`client.shards[0]?.latency`): the example, from the receiver on, is the rewrite.
		if (row.member.split('.').length > 2 && chain !== undefined && sameReceiver(owner, chain.root) && !/[()]/.test(row.ovenjs)) {
			out.push({ member: row.member, oven: `$${row.ovenjs.slice(chain.root.length)}`, use: 'read', example: row.ovenjs, ...note });
			continue;
		}
		if (chain === undefined || first === undefined || !receivers.has(chain.root) || first.name === '')
			out.push({ member: row.member, example: row.ovenjs, ...note });
		else if (first.name === name || (chain.links.at(-1)?.name === name && !Object.hasOwn(classes, owner))) {
			// `member.permissions?.has(…)`: OvenJS's member may be undefined where discord.js's never is.
			const optional = first.name === name && new RegExp(`\\.${name}(?:\\([^()]*\\))?\\?\\.`).test(row.ovenjs);
			out.push({ member: row.member, oven: `$.${name}`, ...(optional ? { optional: true as const } : {}), ...note });
		} else if (chain.links.length === 1 && sameReceiver(owner, chain.root))
			out.push({ member: row.member, oven: `$.${first.name}`, use: first.called ? 'call' : 'read', example: row.ovenjs, ...note });
		else out.push({ member: row.member, example: row.ovenjs, ...note });
	}
	return out;
}
