import type ts from 'typescript';
import { PermissionAliases, PermissionFlags, permissionNames, type PermissionFlag, type PermissionName } from 'ovenjs/knowledge';
import { nodeAt } from '../_ast.js';
import { pascalFromScreaming } from '../listenerEvents.js';
import type { EditorHover } from './EditorHover.js';

/** Where permission names are written: a member of a flags object, or a string in a permissions list. */
export interface PermissionSite {
	/** The node being typed: the member name (possibly empty) or the string literal. */
	readonly node: ts.Node;
	readonly style: 'member' | 'string';
	/** discord.js v13 (`Permissions.FLAGS.BAN_MEMBERS`, `'BAN_MEMBERS'`) spells names in capitals. */
	readonly screaming: boolean;
}

// `PermissionFlagsBits.X` (discord-api-types, discord.js v14), `PermissionsBitField.Flags.X`, v13 `Permissions.FLAGS.X`, OvenJS `Permissions.X`.
const FLAG_OBJECTS = /(?:^|\.)(?:PermissionFlagsBits|PermissionsBitField\.Flags|Permissions\.FLAGS|Permissions\.Flags|Permissions)$/;

// Properties and calls whose strings are permission names.
const PERMISSION_PROPERTIES: ReadonlySet<string> = new Set([
	'default_member_permissions',
	'defaultMemberPermissions',
	'requiredPermissions',
	'permissions',
	'userPermissions',
	'botPermissions',
	'memberPermissions',
	'clientPermissions',
	'allow',
	'deny',
]);
const PERMISSION_CALLS: ReadonlySet<string> = new Set([
	'has',
	'any',
	'missing',
	'add',
	'remove',
	'resolve',
	'permission',
	'requirePermissions',
]);

/** A name in `PermissionFlags`, from a PascalCase name, an alias or a v13 SCREAMING name. */
export function permissionFlagOf(name: string): { name: PermissionName; flag: PermissionFlag } | undefined {
	const pascal = Object.hasOwn(PermissionFlags, name) || !/^[A-Z0-9_]+$/.test(name) ? name : pascalFromScreaming(name);
	const canonical = (PermissionAliases as Record<string, PermissionName>)[pascal] ?? pascal;
	const flag = (PermissionFlags as Record<string, PermissionFlag>)[canonical];
	return flag === undefined ? undefined : { name: canonical as PermissionName, flag };
}

const screamingOf = (name: string): string =>
	name
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
		.toUpperCase();

function inPermissionContext(t: typeof ts, literal: ts.Node): boolean {
	let current: ts.Node = literal;
	while (t.isArrayLiteralExpression(current.parent) || t.isParenthesizedExpression(current.parent) || t.isAsExpression(current.parent))
		current = current.parent;
	const parent = current.parent;
	if (parent !== undefined && t.isPropertyAssignment(parent) && parent.initializer === current) {
		const name = t.isIdentifier(parent.name) || t.isStringLiteral(parent.name) ? parent.name.text : undefined;
		return name !== undefined && PERMISSION_PROPERTIES.has(name);
	}
	if (parent !== undefined && (t.isCallExpression(parent) || t.isNewExpression(parent))) {
		const callee = parent.expression;
		const name = t.isIdentifier(callee) ? callee.text : t.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
		if (name === 'PermissionsBitField' || name === 'Permissions') return true;
		// `.has('BanMembers')` on anything permission-like: `member.permissions.has(…)`, `perms.has(…)`.
		return name !== undefined && PERMISSION_CALLS.has(name) && /ermission|perms/.test(callee.getText().slice(0, 200));
	}
	return false;
}

/** The permission site at `position`, if any. */
export function permissionSiteAt(t: typeof ts, file: ts.SourceFile, position: number): PermissionSite | undefined {
	const v13 = /\bPermissions\.FLAGS\b|['"][A-Z]+_[A-Z_]+['"]/.test(file.text) && file.text.includes('discord.js');
	for (const node of [nodeAt(t, file, position), nodeAt(t, file, position - 1)]) {
		if (node === undefined) continue;
		if (t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node)) {
			return inPermissionContext(t, node)
				? { node, style: 'string', screaming: /^[A-Z_]+$/.test(node.text) && node.text.includes('_') }
				: undefined;
		}
		const access = t.isPropertyAccessExpression(node)
			? node
			: t.isIdentifier(node) && t.isPropertyAccessExpression(node.parent) && node.parent.name === node
				? node.parent
				: undefined;
		if (access !== undefined && FLAG_OBJECTS.test(access.expression.getText(file))) {
			return {
				node: access.name,
				style: 'member',
				screaming:
					access.expression.getText(file).endsWith('FLAGS') ||
					(v13 && /^[A-Z_]+$/.test(access.name.text) && access.name.text.includes('_')),
			};
		}
	}
	return undefined;
}

/** The permission names to offer, with what each grants. */
export function permissionCompletions(site: PermissionSite): { name: string; description: string }[] {
	return permissionNames.map((name) => ({
		name: site.screaming ? screamingOf(name) : name,
		description: PermissionFlags[name].description,
	}));
}

/** Hover on a permission flag: what it grants, its bit, whether it needs 2FA, where it can be overwritten, the doc. */
export function permissionHover(t: typeof ts, file: ts.SourceFile, position: number): EditorHover | undefined {
	const site = permissionSiteAt(t, file, position);
	if (site === undefined) return undefined;
	const text =
		t.isIdentifier(site.node) || t.isStringLiteral(site.node) || t.isNoSubstitutionTemplateLiteral(site.node) ? site.node.text : '';
	const found = permissionFlagOf(text);
	if (found === undefined) return undefined;
	const { name, flag } = found;
	const scopes = [...flag.scope].map((letter) => ({ T: 'text', V: 'voice', S: 'stage' })[letter as 'T' | 'V' | 'S']);
	return {
		start: site.node.getStart(file),
		end: site.node.getEnd(),
		title: `(permission) ${name} = 1 << ${flag.bit.toString(2).length - 1}${flag.elevated ? ' — elevated (2FA)' : ''}`,
		documentation: [
			flag.description,
			scopes.length === 0
				? 'Server-wide: channel overwrites cannot set it.'
				: `Channel overwrites can set it in ${scopes.join(', ')} channels.`,
			...(flag.elevated ? ['Needs two-factor authentication on the acting account when the server requires 2FA for moderation.'] : []),
			flag.doc,
		],
	};
}
