import { describe, expect, it } from 'vitest';
import { channelTypes } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('channel-types', () => {
	it("turns v14 ChannelType members into Discord's numbers, named in a comment", () => {
		const text =
			"import { ChannelType } from 'discord.js';\nif (channel.type === ChannelType.GuildText || channel.type === ChannelType.GuildNews) {}\nconst kinds = [ChannelType.PublicThread, ChannelType.GuildForum];\n";
		expect(run(channelTypes, text)).toEqual({
			text: "import { ChannelType } from 'discord.js';\nif (channel.type === 0 /* GuildText */ || channel.type === 5 /* GuildNews */) {}\nconst kinds = [11 /* PublicThread */, 15 /* GuildForum */];\n",
			todos: [],
		});
	});

	it('turns v13 string types compared with .type, in switches, and Constants.ChannelTypes into numbers', () => {
		const text =
			"const { Constants } = require('discord.js');\nif (message.channel.type === 'GUILD_TEXT' || 'DM' !== channel.type) {}\nswitch (channel.type) {\n\tcase 'GUILD_VOICE': break;\n\tcase 'other': break;\n}\nconst news = Constants.ChannelTypes.GUILD_NEWS;\nconst label = 'GUILD_TEXT';\n";
		expect(run(channelTypes, text, 'v13').text).toBe(
			"const { Constants } = require('discord.js');\nif (message.channel.type === 0 /* GuildText */ || 1 /* DM */ !== channel.type) {}\nswitch (channel.type) {\n\tcase 2 /* GuildVoice */: break;\n\tcase 'other': break;\n}\nconst news = 5 /* GuildAnnouncement */;\nconst label = 'GUILD_TEXT';\n",
		);
	});

	it('marks a ChannelType member it does not know', () => {
		expect(run(channelTypes, "import { ChannelType } from 'discord.js';\nconst t = ChannelType.GuildFuture;\n").todos).toEqual([
			expect.stringContaining('channel type ChannelType.GuildFuture is unknown'),
		]);
	});
});
