import { describe, expect, it } from 'vitest';
import { permissionName, permissions } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('permissions', () => {
	it('turns v14 flags into permission names', () => {
		const text =
			"import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';\nconst a = PermissionFlagsBits.BanMembers;\nconst b = PermissionsBitField.Flags.ManageMessages;\n";
		expect(run(permissions, text).text).toBe(
			"import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';\nconst a = 'BanMembers';\nconst b = 'ManageMessages';\n",
		);
	});

	it('turns v13 FLAGS into names, including those v14 renamed', () => {
		const text =
			"const { Permissions } = require('discord.js');\nf(Permissions.FLAGS.SEND_TTS_MESSAGES, Permissions.FLAGS.USE_PUBLIC_THREADS, Permissions.FLAGS.MANAGE_EMOJIS_AND_STICKERS);\n";
		expect(run(permissions, text, 'v13').text).toContain("f('SendTTSMessages', 'CreatePublicThreads', 'ManageGuildExpressions');");
		expect(permissionName('USE_VAD')).toBe('UseVAD');
		expect(permissionName('NOT_A_FLAG')).toBeUndefined();
	});

	it('turns | of flags into a list and new PermissionsBitField into Permissions.from', () => {
		const text =
			"import { PermissionFlagsBits as P, PermissionsBitField } from 'discord.js';\nconst p = new PermissionsBitField(P.KickMembers | P.BanMembers);\n";
		expect(run(permissions, text).text).toContain("const p = Permissions.from(['KickMembers', 'BanMembers']);");
	});

	it('marks flags used as numbers and unknown flags', () => {
		const { text, todos } = run(
			permissions,
			"import { PermissionFlagsBits } from 'discord.js';\nif (bits & PermissionFlagsBits.Administrator) f();\nconst x = PermissionFlagsBits.Nope;\n",
		);
		expect(text).toContain('bits & PermissionFlagsBits.Administrator');
		expect(todos).toEqual([expect.stringContaining('is used as a number'), expect.stringContaining('Nope is unknown')]);
	});

	it('leaves objects that are not discord.js alone', () => {
		const text = "import { PermissionFlagsBits } from './mine';\nconst a = PermissionFlagsBits.BanMembers;\n";
		expect(run(permissions, text)).toEqual({ text, todos: [] });
	});
});
