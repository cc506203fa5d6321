import type ts from 'typescript';
import { declaredInitializer, unwrap, walk } from '../../_ast.js';
import { interactionHandlers } from '../../checkAcknowledge.js';
import { finding, formatMessage, type Finding } from '../../Finding.js';
import { readListeners } from '../../readListeners.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** Message templates of `require-permission-check`. */
export const PermissionCheckMessages = {
	'moderation-without-permission-check':
		'{action} runs for whoever uses this command: nothing here checks their permissions. Set default_member_permissions (setDefaultMemberPermissions) on the command, or check member.permissions.has(…) before acting.',
} as const;

// Moderation calls: `member.ban()`, `guild.members.kick(id)`, `member.timeout(ms)`, `member.roles.add(role)`.
const ACTIONS: Readonly<Record<string, string>> = {
	ban: 'Banning',
	kick: 'Kicking',
	timeout: 'Timing out',
	disableCommunicationUntil: 'Timing out',
};

// What a file says when it restricts who runs its commands: Discord's default permissions, a
// permission test, a framework's preconditions or guards, an owner or staff check.
const PERMISSION_EVIDENCE =
	/permission|Permissions?\b|precondition|@Guard|guards?\s*:|ownerId|isOwner|owners?\b|isAdmin|isStaff|isMod\b|moderator|staff|userPerms|requiredRoles|ManageGuild|Administrator/i;

/**
 * Whether `member` is whoever triggered the handler: `interaction.member`, `message.member`,
 * or a local holding one (`const user = interaction.member as GuildMember`). Acting on oneself
 * (a self-assigned role, a self-timeout) moderates nobody.
 */
function isInvoker(t: typeof ts, member: ts.Expression, depth = 0): boolean {
	const node = unwrap(t, member);
	if (t.isPropertyAccessExpression(node)) return node.name.text === 'member';
	if (!t.isIdentifier(node) || depth > 2) return false;
	const initializer = declaredInitializer(t, node, node.text);
	return initializer !== undefined && isInvoker(t, initializer, depth + 1);
}

function actionOf(t: typeof ts, node: ts.Node): string | undefined {
	if (!t.isCallExpression(node) || !t.isPropertyAccessExpression(node.expression)) return undefined;
	const method = node.expression.name.text;
	const receiver = unwrap(t, node.expression.expression);
	if (method === 'add' && t.isPropertyAccessExpression(receiver) && receiver.name.text === 'roles')
		return isInvoker(t, receiver.expression) ? undefined : 'Adding a role';
	if (!Object.hasOwn(ACTIONS, method) || node.arguments.length > 2 || isInvoker(t, receiver)) return undefined;
	return ACTIONS[method];
}

/**
 * Moderation calls (ban, kick, timeout, roles.add) in code a user triggers (interaction
 * handlers, message listeners) in a file that never restricts who may trigger it. Automatic
 * moderation in other listeners (an anti-raid `guildMemberAdd`) and actions on the invoker
 * themselves (`interaction.member.roles.add(pingRole)`) are not reported.
 */
export function findUncheckedModeration(t: typeof ts, file: ts.SourceFile): Finding<'moderation-without-permission-check'>[] {
	if (PERMISSION_EVIDENCE.test(file.text)) return [];
	const triggered: ts.Node[] = interactionHandlers(t, file).map((h) => h.fn);
	for (const listener of readListeners(t, file)) {
		if ((listener.event === 'messageCreate' || listener.event === 'message') && listener.handler !== undefined)
			triggered.push(listener.handler);
	}
	const out: Finding<'moderation-without-permission-check'>[] = [];
	const seen = new Set<ts.Node>();
	for (const fn of triggered) {
		walk(t, fn, (node) => {
			const action = actionOf(t, node);
			if (action === undefined || seen.has(node)) return;
			seen.add(node);
			const data = { action };
			out.push(
				finding(
					node,
					'moderation-without-permission-check',
					formatMessage(PermissionCheckMessages['moderation-without-permission-check'], data),
					data,
				),
			);
		});
	}
	return out.sort((a, b) => a.start - b.start);
}

/** `require-permission-check`: moderation actions need a permission check. */
export default defineCheck({
	id: 'require-permission-check',
	description: 'Require a permission check where a command bans, kicks, times out or gives roles.',
	kind: 'problem',
	messages: PermissionCheckMessages,
	codes: { 'moderation-without-permission-check': 93150 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file) => findUncheckedModeration(t, file),
});
