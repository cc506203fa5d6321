import type ts from 'typescript';
import { calleeName, nameOf, walk } from './_ast.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import { readListener } from './readListeners.js';

/** Message templates of the deprecated-API check, by finding code. */
export const DeprecatedMessages = {
	'ephemeral-option': '`ephemeral` is deprecated: Discord takes the ephemeral flag in `flags`. Write `flags: MessageFlags.Ephemeral`.',
	'v13-name': "'{name}' is discord.js v13 and does not exist in v14; use {replacement}.",
	'v13-message-event': "The 'message' event was renamed 'messageCreate' in discord.js v13 and removed in v14; this listener never fires.",
} as const;

/** A finding code of the deprecated-API check. */
export type DeprecatedFindingCode = keyof typeof DeprecatedMessages;

/**
 * discord.js v13 exports removed in v14, with what replaced them.
 * @see https://discordjs.guide/additional-info/changes-in-v14.html
 */
export const DiscordJsV13Renames: Readonly<Record<string, string>> = {
	MessageEmbed: 'EmbedBuilder',
	MessageActionRow: 'ActionRowBuilder',
	MessageButton: 'ButtonBuilder',
	MessageSelectMenu: 'StringSelectMenuBuilder',
	TextInputComponent: 'TextInputBuilder',
	MessageAttachment: 'AttachmentBuilder',
	Intents: 'GatewayIntentBits (or IntentsBitField)',
	Permissions: 'PermissionFlagsBits (or PermissionsBitField)',
	Constants: 'the enums of discord-api-types (re-exported by discord.js)',
};

// Methods whose options object took `ephemeral` before `flags` replaced it.
const RESPONSE_OPTIONS_METHODS: ReadonlySet<string> = new Set(['reply', 'followUp', 'deferReply', 'editReply', 'update', 'deferUpdate']);

function isDiscordJs(t: typeof ts, node: ts.Expression | undefined): boolean {
	return node !== undefined && t.isStringLiteral(node) && node.text === 'discord.js';
}

function isRequireOf(t: typeof ts, node: ts.Expression | undefined, matches: (specifier: string) => boolean): boolean {
	if (node === undefined || !t.isCallExpression(node) || calleeName(t, node) !== 'require') return false;
	const [specifier] = node.arguments;
	return specifier !== undefined && t.isStringLiteral(specifier) && matches(specifier.text);
}

/** Whether `file` imports or requires OvenJS, whose responses take `ephemeral` as an option and set the flag themselves. */
function usesOvenjs(t: typeof ts, file: ts.SourceFile): boolean {
	const isOvenjs = (specifier: string): boolean => specifier === 'ovenjs' || specifier.startsWith('ovenjs/');
	return file.statements.some(
		(statement) =>
			(t.isImportDeclaration(statement) && t.isStringLiteral(statement.moduleSpecifier) && isOvenjs(statement.moduleSpecifier.text)) ||
			(t.isVariableStatement(statement) &&
				statement.declarationList.declarations.some((declaration) => isRequireOf(t, declaration.initializer, isOvenjs))),
	);
}

/**
 * v13 names imported or required from discord.js, `ephemeral` response options (except in
 * files using OvenJS, where `ephemeral` is the API) and `'message'` listeners.
 */
export function findDeprecatedApi(t: typeof ts, file: ts.SourceFile): Finding<DeprecatedFindingCode>[] {
	const out: Finding<DeprecatedFindingCode>[] = [];
	const ephemeralIsApi = usesOvenjs(t, file);
	const renamed = (name: ts.Identifier | ts.StringLiteral): void => {
		const replacement = DiscordJsV13Renames[name.text];
		if (replacement === undefined) return;
		const data = { name: name.text, replacement };
		out.push(finding(name, 'v13-name', formatMessage(DeprecatedMessages['v13-name'], data), data));
	};
	walk(t, file, (node) => {
		if (t.isImportDeclaration(node) && isDiscordJs(t, node.moduleSpecifier)) {
			const bindings = node.importClause?.namedBindings;
			if (bindings !== undefined && t.isNamedImports(bindings))
				for (const element of bindings.elements) renamed(element.propertyName ?? element.name);
		} else if (
			t.isVariableDeclaration(node) &&
			t.isObjectBindingPattern(node.name) &&
			isRequireOf(t, node.initializer, (specifier) => specifier === 'discord.js')
		) {
			for (const element of node.name.elements) {
				const imported = element.propertyName ?? element.name;
				if (t.isIdentifier(imported)) renamed(imported);
			}
		} else if (
			!ephemeralIsApi &&
			t.isPropertyAssignment(node) &&
			nameOf(t, node.name) === 'ephemeral' &&
			t.isObjectLiteralExpression(node.parent) &&
			t.isCallExpression(node.parent.parent) &&
			RESPONSE_OPTIONS_METHODS.has(calleeName(t, node.parent.parent) ?? '')
		) {
			const isTrue = node.initializer.kind === t.SyntaxKind.TrueKeyword;
			out.push(
				finding(
					node,
					'ephemeral-option',
					DeprecatedMessages['ephemeral-option'],
					{},
					isTrue
						? [
								{
									description: 'Replace with flags: MessageFlags.Ephemeral',
									// MessageFlags may need importing, and an existing `flags` would need merging.
									safe: false,
									edits: [{ start: node.getStart(), end: node.getEnd(), text: 'flags: MessageFlags.Ephemeral' }],
								},
							]
						: [],
				),
			);
		} else if (t.isCallExpression(node)) {
			const listener = readListener(t, node);
			// Sockets, workers and child processes emit 'message' too; only a client's listener is the old event.
			const receiver = t.isPropertyAccessExpression(node.expression) ? node.expression.expression.getText() : '';
			if (listener?.event === 'message' && t.isStringLiteral(listener.eventNode) && /client$/i.test(receiver)) {
				const start = listener.eventNode.getStart() + 1;
				out.push(
					finding(listener.eventNode, 'v13-message-event', DeprecatedMessages['v13-message-event'], {}, [
						{
							description: "Listen to 'messageCreate'",
							// The old name never fires in v14, so nothing working depends on it.
							safe: true,
							edits: [{ start, end: listener.eventNode.getEnd() - 1, text: 'messageCreate' }],
						},
					]),
				);
			}
		}
	});
	return out;
}
