import { describe, expect, it } from 'vitest';
import { DiscordJsEventDispatch, DiscordJsOtherEvents } from '@ovenjs/analysis';
import { EventIntents, INTENT_FREE_EVENTS } from 'ovenjs/knowledge';

describe('discord.js event maps', () => {
	it('maps the other events only to dispatches knowledge says need no intent', () => {
		for (const [name, dispatch] of Object.entries(DiscordJsOtherEvents)) {
			if (dispatch !== null) expect(INTENT_FREE_EVENTS, name).toContain(dispatch);
			expect(Object.hasOwn(DiscordJsEventDispatch, name), name).toBe(false);
		}
	});

	it('maps listed events only to dispatches knowledge knows and gates by an intent', () => {
		for (const [name, dispatch] of Object.entries(DiscordJsEventDispatch)) {
			expect(Object.hasOwn(EventIntents, dispatch), name).toBe(true);
			expect(INTENT_FREE_EVENTS, name).not.toContain(dispatch);
		}
	});
});
