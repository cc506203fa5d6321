import { readFileSync } from 'node:fs';
import { Ajv2020, type AjvError, jsonPointerToPath } from '../_ajv.js';
import { ScenarioError, type ScenarioIssue } from '../errors/ScenarioError.js';
import type { Scenario } from './Scenario.js';
import { scenarioSchema } from './scenarioSchema.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
const check = ajv.compile(scenarioSchema);
const THREAD_TYPES = new Set([10, 11, 12]);
const THREAD_PARENTS = new Set([0, 5, 15]);

function describe(error: AjvError): ScenarioIssue {
	let path = jsonPointerToPath(error.instancePath);
	const params = error.params as Record<string, unknown>;
	let message = error.message ?? 'is invalid';
	if (error.keyword === 'enum') message = `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
	if (error.keyword === 'required') {
		path = path === '(root)' ? String(params['missingProperty']) : `${path}.${String(params['missingProperty'])}`;
		message = 'is required';
	}
	if (error.keyword === 'additionalProperty' || error.keyword === 'additionalProperties') {
		path = path === '(root)' ? String(params['additionalProperty']) : `${path}.${String(params['additionalProperty'])}`;
		message = 'is not a known property';
	}
	return { path, message };
}

/** Checks what a schema cannot: that every id a scenario refers to exists, and fits. */
function crossCheck(scenario: Scenario): ScenarioIssue[] {
	const issues: ScenarioIssue[] = [];
	const userIds = new Set((scenario.users ?? []).map((u) => u.id).filter((id) => id !== undefined));
	if (scenario.bot?.id !== undefined) userIds.add(scenario.bot.id);
	(scenario.guilds ?? []).forEach((guild, g) => {
		const roleIds = new Set((guild.roles ?? []).map((r) => r.id));
		if (guild.id !== undefined) roleIds.add(guild.id);
		const channelTypes = new Map((guild.channels ?? []).map((c) => [c.id, c.type]));
		(guild.channels ?? []).forEach((channel, c) => {
			const at = `guilds[${g}].channels[${c}]`;
			if (channel.parent_id !== undefined) {
				const parentType = channelTypes.get(channel.parent_id);
				if (parentType === undefined)
					issues.push({ path: `${at}.parent_id`, message: `no channel with id ${channel.parent_id} in this guild` });
				else if (THREAD_TYPES.has(channel.type) && !THREAD_PARENTS.has(parentType))
					issues.push({ path: `${at}.parent_id`, message: 'a thread must be in a text, announcement or forum channel' });
				else if (!THREAD_TYPES.has(channel.type) && parentType !== 4)
					issues.push({ path: `${at}.parent_id`, message: 'must name a category (type 4)' });
			} else if (THREAD_TYPES.has(channel.type)) {
				issues.push({ path: `${at}.parent_id`, message: 'is required for a thread' });
			}
			(channel.permission_overwrites ?? []).forEach((ow, o) => {
				const known = ow.type === 0 ? roleIds.has(ow.id) : userIds.has(ow.id);
				if (!known)
					issues.push({ path: `${at}.permission_overwrites[${o}].id`, message: `no ${ow.type === 0 ? 'role' : 'user'} with id ${ow.id}` });
			});
		});
		(guild.members ?? []).forEach((member, m) => {
			if (!userIds.has(member.user_id))
				issues.push({ path: `guilds[${g}].members[${m}].user_id`, message: `no user with id ${member.user_id}` });
			(member.roles ?? []).forEach((roleId, r) => {
				if (!roleIds.has(roleId))
					issues.push({ path: `guilds[${g}].members[${m}].roles[${r}]`, message: `no role with id ${roleId} in this guild` });
			});
		});
		if (guild.owner_id !== undefined && !userIds.has(guild.owner_id))
			issues.push({ path: `guilds[${g}].owner_id`, message: `no user with id ${guild.owner_id}` });
	});
	return issues;
}

/**
 * Validates a scenario and returns it typed. Throws {@link ScenarioError} listing every
 * problem with its JSON path, e.g. `guilds[0].channels[2].type: must be one of 0, 2, 4, ...`.
 */
export function validateScenario(input: unknown, source = 'scenario'): Scenario {
	if (!check(input)) throw new ScenarioError((check.errors ?? []).map(describe), source);
	const scenario = input as Scenario;
	const issues = crossCheck(scenario);
	if (issues.length > 0) throw new ScenarioError(issues, source);
	return scenario;
}

/** Reads and validates a scenario file; JSON syntax errors are reported as a {@link ScenarioError} too. */
export function loadScenarioFile(path: string): Scenario {
	let parsed: unknown;
	try {
		parsed = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new ScenarioError([{ path: '(root)', message: `cannot read JSON: ${(error as Error).message}` }], path);
	}
	return validateScenario(parsed, path);
}
