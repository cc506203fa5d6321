import {
	ApplicationIntegrationType,
	InteractionContextType,
	type LocalizationMap,
	type RESTPostAPIApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { PermissionFlags, type PermissionName } from '../knowledge/index.js';
/** Where a command can be used, by name: `'Guild'`, `'BotDM'`, `'PrivateChannel'`. */
export type CommandContextName = keyof typeof InteractionContextType;
/** How the app must be installed for the command to show, by name: `'GuildInstall'`, `'UserInstall'`. */
export type IntegrationTypeName = keyof typeof ApplicationIntegrationType;

/** Settings every command kind shares. */
export interface CommandSettings {
	readonly nameLocalizations?: LocalizationMap;
	/**
	 * Who sees the command by default: members with all these permissions (names from
	 * `PermissionFlags` in `ovenjs/knowledge`, e.g. `'BanMembers'`) (`[]` hides it
	 * from everyone but administrators). Server admins can change it; leave it out for everyone.
	 */
	readonly defaultMemberPermissions?: readonly PermissionName[];
	/** Where it can be used. Default: Discord's (every context for global commands). */
	readonly contexts?: readonly CommandContextName[];
	/** Which installs show it. Default: Discord's (guild install). */
	readonly integrationTypes?: readonly IntegrationTypeName[];
	/** Age-restricted. Default false. */
	readonly nsfw?: boolean;
}

/** The JSON fields of {@link CommandSettings}. @internal */
export function settingsJSON(settings: CommandSettings): Partial<RESTPostAPIApplicationCommandsJSONBody> {
	const json: Record<string, unknown> = {};
	if (settings.nameLocalizations !== undefined) json['name_localizations'] = settings.nameLocalizations;
	if (settings.defaultMemberPermissions !== undefined) {
		json['default_member_permissions'] = String(
			settings.defaultMemberPermissions.reduce((bits, name) => bits | PermissionFlags[name].bit, 0n),
		);
	}
	if (settings.contexts !== undefined) json['contexts'] = settings.contexts.map((name) => InteractionContextType[name]);
	if (settings.integrationTypes !== undefined)
		json['integration_types'] = settings.integrationTypes.map((name) => ApplicationIntegrationType[name]);
	if (settings.nsfw === true) json['nsfw'] = true;
	return json as Partial<RESTPostAPIApplicationCommandsJSONBody>;
}
