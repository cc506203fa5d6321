import type ts from 'typescript';
import { secretKind } from 'ovenjs/knowledge';
import { walk } from './_ast.js';
import { finding, formatMessage, type Finding } from './Finding.js';

/** Message templates of the secret check, by finding code. */
export const SecretMessages = {
	'hardcoded-secret':
		'This string looks like a Discord {kind}. Anyone who reads the code can use it: load it from the environment (process.env) and reset it in the developer portal.',
} as const;

/** A finding code of the secret check. */
export type SecretFindingCode = keyof typeof SecretMessages;

/** A finding if the string literal or template text `node` holds a bot token or webhook URL. */
export function checkHardcodedSecret(t: typeof ts, node: ts.Node): Finding<SecretFindingCode> | undefined {
	let text: string | undefined;
	if (t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node)) text = node.text;
	else if (t.isTemplateHead(node) || t.isTemplateMiddle(node) || t.isTemplateTail(node)) text = node.text;
	if (text === undefined) return undefined;
	const kind = secretKind(text);
	if (kind === undefined) return undefined;
	const data = { kind };
	return finding(node, 'hardcoded-secret', formatMessage(SecretMessages['hardcoded-secret'], data), data);
}

/** Every string in a file that holds a bot token or webhook URL. */
export function findHardcodedSecrets(t: typeof ts, file: ts.SourceFile): Finding<SecretFindingCode>[] {
	const out: Finding<SecretFindingCode>[] = [];
	walk(t, file, (node) => {
		const found = checkHardcodedSecret(t, node);
		if (found !== undefined) out.push(found);
	});
	return out;
}
