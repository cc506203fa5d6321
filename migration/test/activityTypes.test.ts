import { describe, expect, it } from 'vitest';
import { activityTypes } from '@ovenjs/migrate';
import { run } from './_transform.js';

describe('activity-types', () => {
	it("turns ActivityType members into Discord's numbers", () => {
		const text =
			"import { ActivityType } from 'discord.js';\nconst presence = { activities: [{ name: 'tickets', type: ActivityType.Watching }], status: 'online' };\n";
		expect(run(activityTypes, text)).toEqual({
			text: "import { ActivityType } from 'discord.js';\nconst presence = { activities: [{ name: 'tickets', type: 3 /* Watching */ }], status: 'online' };\n",
			todos: [],
		});
	});

	it("turns v13 string types into numbers, in the ClientUser's presence setters too, and marks setAFK", () => {
		const text =
			"const { Constants } = require('discord.js');\nclient.user.setActivity('music', { type: 'LISTENING' });\nclient.user?.setStatus('idle');\nconst a = { name: 'x', type: 'COMPETING' };\nconst b = Constants.ActivityTypes.STREAMING;\nconst c = { kind: 'x', type: 'PLAYING' };\nclient.user.setAFK(true);\n";
		const { text: out, todos } = run(activityTypes, text, 'v13');
		expect(out).toBe(
			"const { Constants } = require('discord.js');\nclient.user.setActivity('music', { type: 2 /* Listening */ });\nclient.user?.setStatus('idle');\nconst a = { name: 'x', type: 5 /* Competing */ };\nconst b = 1 /* Streaming */;\nconst c = { kind: 'x', type: 'PLAYING' };\nclient.user.setAFK(true);\n",
		);
		expect(todos).toEqual([expect.stringContaining("OvenJS's ClientUser has no setAFK(); pass it with the presence")]);
	});
});
