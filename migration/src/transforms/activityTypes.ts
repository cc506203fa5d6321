import { Node, SyntaxKind } from 'ts-morph';
import type { Transform } from '../Transform.js';
import { ACTIVITY_TYPES } from './_discordEnums.js';
import { enumMemberAccesses } from './_enumMembers.js';
import { discordModuleBindings, mentionsAny } from './_discordModules.js';
import { stringValue } from './_builderChain.js';
import { excerpt, replaceNode } from './_discordJs.js';

/** Presence setters of discord.js's `ClientUser`; OvenJS's `ClientUser` has all but `setAFK`. */
const PRESENCE_SETTERS = new Set(['setActivity', 'setPresence', 'setStatus', 'setAFK']);

/** `3 /* Watching *\/`: Discord's activity type number, with the name kept for readers. */
function numberText(name: string): string | undefined {
	const value = Object.hasOwn(ACTIVITY_TYPES, name) ? ACTIVITY_TYPES[name] : undefined;
	if (value === undefined) return undefined;
	const readable = Object.keys(ACTIVITY_TYPES).find((key) => ACTIVITY_TYPES[key] === value) ?? name;
	return `${value} /* ${readable} */`;
}

/**
 * Activity types: `ActivityType.Watching` (v14), `Constants.ActivityTypes.WATCHING` and v13's
 * `type: 'WATCHING'` in an activity object → Discord's numbers; `client.user.setActivity()`
 * and the other presence setters keep their calls (OvenJS's `ClientUser` has them) with the
 * types as numbers; `setAFK()`, which it lacks, is marked.
 */
export const activityTypes: Transform = {
	name: 'activity-types',
	description: "ActivityType members and v13 activity type strings become Discord's numbers, in presence setters too; setAFK is marked.",
	apply(file, context) {
		if (!mentionsAny(file, ['ActivityType', 'setActivity', 'setPresence', 'setStatus', 'setAFK', "type: '", 'type: "'])) return;
		const bindings = discordModuleBindings(file);
		for (const { access, member } of enumMemberAccesses(file, bindings, 'ActivityType', 'ActivityTypes')) {
			const text = numberText(member);
			if (text !== undefined) replaceNode(access, text);
		}
		for (const property of file.getDescendantsOfKind(SyntaxKind.PropertyAssignment)) {
			if (property.wasForgotten() || property.getName() !== 'type') continue;
			const written = stringValue(property.getInitializer());
			const object = property.getParent();
			const text = written === undefined || written !== written.toUpperCase() ? undefined : numberText(written);
			if (text !== undefined && Node.isObjectLiteralExpression(object) && object.getProperty('name') !== undefined)
				replaceNode(property.getInitializerOrThrow(), text);
		}
		for (const call of file.getDescendantsOfKind(SyntaxKind.CallExpression)) {
			const callee = call.getExpression();
			if (
				!Node.isPropertyAccessExpression(callee) ||
				!PRESENCE_SETTERS.has(callee.getName()) ||
				!/(^|\.)user\??$/.test(callee.getExpression().getText())
			)
				continue;
			for (const argument of call.getArguments()) {
				if (!Node.isObjectLiteralExpression(argument)) continue;
				const type = argument.getProperty('type');
				const value = Node.isPropertyAssignment(type) ? stringValue(type.getInitializer()) : undefined;
				const text = value === undefined ? undefined : numberText(value);
				if (text !== undefined && Node.isPropertyAssignment(type)) replaceNode(type.getInitializerOrThrow(), text);
			}
			if (callee.getName() === 'setAFK')
				context.todo(
					call,
					`\`${excerpt(call)}\`: OvenJS's ClientUser has no setAFK(); pass it with the presence: client.user?.setPresence({ afk: true, … }).`,
				);
		}
	},
};
