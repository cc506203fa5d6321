import type ts from 'typescript';
import { chatInputNameProblem, CommandLimits, type DiscordLimit } from 'ovenjs/knowledge';
import { walk } from './_ast.js';
import { isChainEnd } from './builderChain.js';
import { finding, formatMessage, type Finding, type FindingFix } from './Finding.js';
import { COMMAND_BUILDER_CLASSES, isCommandObject, readCommand, type CommandModel, type CommandOptionModel } from './readCommand.js';

/** Message templates of the command checks, by finding code. */
export const CommandMessages = {
	'command-name-invalid': "The {what} name '{name}' breaks Discord's naming rule: {min}–{max} letters, digits, - _ or '.",
	'command-name-uppercase': "The {what} name '{name}' has upper-case letters; Discord requires chat-input names in lower case.",
	'command-description-length': 'The {what} description is {length} characters long; Discord requires {min} to {max}.',
	'command-too-many-options': 'This {what} has {count} options; Discord allows at most {max}.',
	'command-required-after-optional': "Required option '{name}' comes after an optional one; Discord requires required options first.",
	'command-too-many-choices': "Option '{name}' has {count} choices; Discord allows at most {max}.",
	'command-choices-with-autocomplete': "Option '{name}' has both choices and autocomplete; Discord rejects the two together.",
} as const;

/** A finding code of the command checks. */
export type CommandFindingCode = keyof typeof CommandMessages;

type Out = Finding<CommandFindingCode>[];

function report(out: Out, node: ts.Node, code: CommandFindingCode, data: Record<string, string | number>, fixes?: FindingFix[]): void {
	out.push(finding(node, code, formatMessage(CommandMessages[code], data), data, fixes));
}

/** Findings on one command definition and its options, recursively. */
export function checkCommandModel(t: typeof ts, command: CommandModel): Finding<CommandFindingCode>[] {
	const out: Out = [];
	if (command.chatInput) checkOption(t, command, 'command', CommandLimits.name, CommandLimits.description, out);
	return out;
}

function checkOption(
	t: typeof ts,
	option: CommandOptionModel,
	what: string,
	nameLimit: DiscordLimit,
	descriptionLimit: DiscordLimit,
	out: Out,
): void {
	const name = option.name;
	if (name !== undefined) {
		const problem = chatInputNameProblem(name.value);
		if (problem === 'pattern') {
			report(out, name.node, 'command-name-invalid', { what, name: name.value, min: nameLimit.min ?? 1, max: nameLimit.max });
		} else if (problem === 'uppercase') {
			const fix =
				t.isStringLiteral(name.node) || t.isNoSubstitutionTemplateLiteral(name.node)
					? [
							{
								description: `Rename to '${name.value.toLowerCase()}'`,
								edits: [{ start: name.node.getStart() + 1, end: name.node.getEnd() - 1, text: name.value.toLowerCase() }],
								// Discord never registers the upper-case name, so no working code depends on it.
								safe: true,
							},
						]
					: undefined;
			report(out, name.node, 'command-name-uppercase', { what, name: name.value }, fix);
		}
	}
	const description = option.description;
	const minDescription = descriptionLimit.min ?? 1;
	if (description !== undefined && (description.value.length > descriptionLimit.max || description.value.length < minDescription)) {
		report(out, description.node, 'command-description-length', {
			what,
			length: description.value.length,
			min: minDescription,
			max: descriptionLimit.max,
		});
	}
	if (option.options.length > CommandLimits.options.max) {
		report(out, option.optionsNode, 'command-too-many-options', { what, count: option.options.length, max: CommandLimits.options.max });
	}
	let sawOptional = false;
	for (const child of option.options) {
		if (child.subcommand) {
			checkOption(t, child, 'subcommand', CommandLimits.optionName, CommandLimits.optionDescription, out);
			continue;
		}
		if (child.required === true && sawOptional) {
			report(out, child.name?.node ?? child.node, 'command-required-after-optional', { name: child.name?.value ?? '?' });
		}
		if (child.required !== true) sawOptional = true;
		checkOption(t, child, 'option', CommandLimits.optionName, CommandLimits.optionDescription, out);
		const optionName = child.name?.value ?? '?';
		if (child.choices.length > CommandLimits.choices.max) {
			report(out, child.choicesNode, 'command-too-many-choices', {
				name: optionName,
				count: child.choices.length,
				max: CommandLimits.choices.max,
			});
		}
		if (child.choices.length > 0 && child.autocomplete === true) {
			report(out, child.choicesNode, 'command-choices-with-autocomplete', { name: optionName });
		}
	}
}

/** Every command finding in a file: object literals where a definition is expected, and builder chains. */
export function findCommandProblems(t: typeof ts, file: ts.SourceFile): Finding<CommandFindingCode>[] {
	const out: Out = [];
	walk(t, file, (node) => {
		let command: CommandModel | undefined;
		if (t.isObjectLiteralExpression(node) && isCommandObject(t, node)) command = readCommand(t, node);
		else if (t.isNewExpression(node) && t.isIdentifier(node.expression) && COMMAND_BUILDER_CLASSES.has(node.expression.text)) {
			let end: ts.Expression = node;
			while (!isChainEnd(t, end)) end = end.parent.parent as ts.Expression;
			command = readCommand(t, end);
		}
		if (command !== undefined) out.push(...checkCommandModel(t, command));
	});
	return out;
}
