import type ts from 'typescript';
import { declaredInitializer, unwrap } from './_ast.js';

// Names bots give their client; `this.client`, `bot`, `discordClient`.
const CLIENT_NAME = /^(client|bot)$|Client$/i;
// Initializers that make a client: `new Client(…)`, `new ExtendedClient(…)`, `createClient(…)`.
const CLIENT_INITIALIZER = /^(new\s+\w*Client\b|createClient\s*\()/;

/**
 * Whether `receiver` (the `x` of `x.on('…')`) is a Discord client (discord.js's, OvenJS's, a
 * subclass, a sharding manager's client). With a type checker its type decides: a client can
 * log in and holds guilds or a REST handle. Where the type is unknown, the shape does: built
 * with `new …Client(…)`/`createClient(…)`, or named like one (`client`, `this.client`, `bot`).
 * A chokidar watcher, a socket or an emitter of the bot's own is none of these.
 */
export function isDiscordClientReceiver(t: typeof ts, receiver: ts.Expression, checker?: ts.TypeChecker): boolean {
	const node = unwrap(t, receiver);
	if (checker !== undefined) {
		const type = checker.getNonNullableType(checker.getTypeAtLocation(node));
		if ((type.flags & (t.TypeFlags.Any | t.TypeFlags.Unknown)) === 0) {
			return (
				type.getProperty('login') !== undefined && (type.getProperty('guilds') !== undefined || type.getProperty('rest') !== undefined)
			);
		}
	}
	if (t.isIdentifier(node)) {
		const initializer = declaredInitializer(t, node, node.text);
		if (initializer !== undefined) return CLIENT_INITIALIZER.test(unwrap(t, initializer).getText()) || CLIENT_NAME.test(node.text);
		return CLIENT_NAME.test(node.text);
	}
	if (t.isPropertyAccessExpression(node)) return CLIENT_NAME.test(node.name.text);
	return false;
}
