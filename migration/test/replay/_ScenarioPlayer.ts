import { DefaultIds, type MockDiscord } from '@ovenjs/mock-discord';

/** A started interaction: its id and token, as the control API returned them. */
export interface StartedInteraction {
	readonly id: string;
	readonly token: string;
}

/** How long the player waits for the bot. */
export interface PlayerTiming {
	/** The bot is done with a step once the mock saw no REST request for this long. */
	readonly quietMs: number;
	/** A step gives up waiting for quiet after this long. */
	readonly maxStepMs: number;
	/** How long an interaction step waits for its first answer (Discord's deadline is 3 s). */
	readonly answerMs: number;
}

const DEFAULT_TIMING: PlayerTiming = { quietMs: 400, maxStepMs: 8_000, answerMs: 4_000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Plays a scripted scenario through the mock's control API: users send messages, run
 * slash commands, click buttons and submit modals in the default world's #general. After
 * each action it waits until the bot settled (no REST request for {@link PlayerTiming.quietMs}),
 * so both runs of a replay see the same steps in the same order.
 */
export class ScenarioPlayer {
	readonly #mock: MockDiscord;
	readonly #timing: PlayerTiming;
	readonly #expected: readonly number[];
	readonly #stepCounts: number[] = [];
	/** Requests logged before the bot started (the harness's own set-up). */
	#baseline = 0;

	/**
	 * @param expectedCounts How many requests each step caused in an earlier run (the
	 * original bot's): a step waits for at least as many before it waits for quiet, so a
	 * slow bot on a loaded machine is not cut short and its requests stay in their step.
	 */
	constructor(mock: MockDiscord, options: { readonly timing?: Partial<PlayerTiming>; readonly expectedCounts?: readonly number[] } = {}) {
		this.#mock = mock;
		this.#timing = { ...DEFAULT_TIMING, ...options.timing };
		this.#expected = options.expectedCounts ?? [];
	}

	/** How many REST requests each settled step saw, in order (the first is the bot's start-up). */
	get stepCounts(): readonly number[] {
		return this.#stepCounts;
	}

	/** A user (alice by default) sends `content` in #general. */
	async message(content: string, author: string = DefaultIds.alice): Promise<void> {
		await this.#mock.sendMessage({ author_id: author, channel_id: DefaultIds.general, content });
		await this.settle();
	}

	/** A user runs a slash command in #general. */
	async command(name: string, options: readonly unknown[] = [], user: string = DefaultIds.alice): Promise<StartedInteraction> {
		return this.#interact({
			type: 'application_command',
			user_id: user,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name,
			options,
		});
	}

	/** A user clicks the button `customId` on a message. */
	async click(messageId: string, customId: string, user: string = DefaultIds.alice): Promise<StartedInteraction> {
		return this.#interact({
			type: 'message_component',
			user_id: user,
			channel_id: DefaultIds.general,
			message_id: messageId,
			custom_id: customId,
			component_type: 2,
		});
	}

	/** A user picks `values` in the select menu `customId` on a message (`componentType` 3 string, 5 user, 6 role, 7 mentionable, 8 channel). */
	async select(
		messageId: string,
		customId: string,
		values: readonly string[],
		options: { readonly user?: string; readonly componentType?: number } = {},
	): Promise<StartedInteraction> {
		return this.#interact({
			type: 'message_component',
			user_id: options.user ?? DefaultIds.alice,
			channel_id: DefaultIds.general,
			message_id: messageId,
			custom_id: customId,
			component_type: options.componentType ?? 3,
			values,
		});
	}

	/** A user runs a context menu command (`commandType` 2 user, 3 message) on `targetId` in #general. */
	async contextMenu(name: string, commandType: 2 | 3, targetId: string, user: string = DefaultIds.alice): Promise<StartedInteraction> {
		return this.#interact({
			type: 'application_command',
			user_id: user,
			guild_id: DefaultIds.guild,
			channel_id: DefaultIds.general,
			name,
			command_type: commandType,
			target_id: targetId,
		});
	}

	/** The id of the newest message in #general (e.g. one the bot sent with `channel.send`). */
	async lastMessage(): Promise<string> {
		const [newest] = await this.#mock.messages(DefaultIds.general);
		if (newest === undefined) throw new Error('#general has no messages');
		return newest.id;
	}

	/** A user submits the modal `customId` with text inputs `{ custom_id: value }`. */
	async submit(customId: string, fields: Readonly<Record<string, string>>, user: string = DefaultIds.alice): Promise<StartedInteraction> {
		const components = Object.entries(fields).map(([id, value]) => ({ type: 1, components: [{ type: 4, custom_id: id, value }] }));
		return this.#interact({ type: 'modal_submit', user_id: user, channel_id: DefaultIds.general, custom_id: customId, components });
	}

	/** The id of the message an interaction's answer created (`@original`); throws when it made none. */
	async originalOf(interaction: StartedInteraction): Promise<string> {
		const report = await this.#mock.interaction(interaction.id);
		if (report.original === null)
			throw new Error(`interaction ${interaction.id} has no original message (answers: ${JSON.stringify(report.responses)})`);
		return report.original.id;
	}

	async #interact(input: Parameters<MockDiscord['interact']>[0]): Promise<StartedInteraction> {
		const started = await this.#mock.interact(input);
		const deadline = Date.now() + this.#timing.answerMs;
		while (Date.now() < deadline && (await this.#mock.interaction(started.id)).responses.length === 0) await sleep(50);
		await this.settle();
		return started;
	}

	/**
	 * Ends a step: waits until the mock logged at least the expected number of requests
	 * since the previous step ended, then until it saw none for `quietMs` (at most
	 * `maxStepMs` in all), and records the step's count.
	 */
	async settle(): Promise<void> {
		const deadline = Date.now() + this.#timing.maxStepMs;
		const expected = this.#expected[this.#stepCounts.length] ?? 0;
		const start = this.#stepCounts.reduce((sum, n) => sum + n, 0) + this.#baseline;
		let count = (await this.#mock.requests()).length;
		let quietSince = Date.now();
		while (Date.now() < deadline) {
			await sleep(50);
			const now = (await this.#mock.requests()).length;
			if (now !== count) {
				count = now;
				quietSince = Date.now();
			} else if (count - start >= expected && Date.now() - quietSince >= this.#timing.quietMs) {
				break;
			}
		}
		this.#stepCounts.push(count - start);
	}

	/** Marks the requests logged so far as set-up, not the bot's; call before starting the bot. */
	async begin(): Promise<void> {
		this.#baseline = (await this.#mock.requests()).length;
	}
}
