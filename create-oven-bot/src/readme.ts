import { Languages, Templates, type LanguageName, type TemplateName } from './templates.js';

/**
 * Ids of the mock's default world (`DefaultIds` of @ovenjs/mock-discord, which this package
 * does not depend on; test/readme.test.ts checks they match).
 */
export const MockIds = {
	guild: '1100000000000000000',
	general: '1100000000000000011',
	alice: '1200000000000000001',
	bob: '1200000000000000002',
	carol: '1200000000000000003',
} as const;

const json = (body: unknown): string => JSON.stringify(body);
const post = (path: string, body: unknown): string =>
	`curl -s -X POST $MOCK/${path} -H 'content-type: application/json' -d '${json(body)}'`;
const command = (user: string, name: string, options: unknown[]) =>
	post('interactions', { type: 'application_command', user_id: user, channel_id: MockIds.general, name, options });

/** The "Try it" commands of each template: requests to the mock's control API. */
const TRY_IT: Record<TemplateName, string> = {
	minimal: `alice says \`!ping\` in #general, then read #general (newest first):

\`\`\`sh
${post('messages', { author_id: MockIds.alice, channel_id: MockIds.general, content: '!ping' })}
curl -s $MOCK/channels/${MockIds.general}/messages
\`\`\``,
	slash: `alice runs \`/echo text:hello\`; the answer comes back with the interaction:

\`\`\`sh
${command(MockIds.alice, 'echo', [{ name: 'text', type: 3, value: 'hello' }])}
curl -s $MOCK/interactions/<id from the line above>
\`\`\``,
	moderation: `alice (the owner) times carol out for 5 minutes; carol, who may not, tries it on bob:

\`\`\`sh
${command(MockIds.alice, 'timeout', [
	{ name: 'user', type: 6, value: MockIds.carol },
	{ name: 'minutes', type: 4, value: 5 },
])}
${command(MockIds.carol, 'timeout', [
	{ name: 'user', type: 6, value: MockIds.bob },
	{ name: 'minutes', type: 4, value: 5 },
])}
curl -s $MOCK/interactions/<id from either line>
\`\`\``,
};

/** The project's README: how to run it on the mock and on Discord, test it, and where things are. */
export function readme(name: string, template: TemplateName, language: LanguageName): string {
	const ext = Languages[language].extension;
	const ts = language === 'ts';
	const intents = template === 'minimal' ? ' Turn on **Message Content Intent** on the same page (the bot reads `!ping`).' : '';
	return `# ${name}

A Discord bot written with [OvenJS](https://www.npmjs.com/package/ovenjs): ${Templates[template].summary}.

| command | what it does |
| --- | --- |
| \`npm start\` | runs the bot against a local mock Discord: no token, no network |
| \`DISCORD_TOKEN=… npm run dev\` | runs it on Discord, restarting when you edit a file |
| \`npm test\` | drives the bot through the mock with [vitest](https://vitest.dev) (\`test/bot.test.${ext}\`) |
| \`npm run lint\` | ESLint with [@ovenjs/eslint-plugin](https://www.npmjs.com/package/@ovenjs/eslint-plugin): embed and component limits, missing intents, tokens in code, … |
${ts ? '| `npm run typecheck` | type-checks the bot and its tests |\n| `npm run build` | compiles `src/` to `dist/`; run it with `node dist/index.js` |\n' : ''}
## Files

- \`src/bot.${ext}\`: the bot. \`startBot({ token, api?, guildId? })\` logs it in and resolves to \`{ client, stop() }\`.
- \`src/index.${ext}\`: \`npm run dev\`, the bot on Discord.
- \`src/mock.${ext}\`: \`npm start\`, the bot on a local mock Discord ([@ovenjs/mock-discord](https://www.npmjs.com/package/@ovenjs/mock-discord)).
- \`test/bot.test.${ext}\`: the tests, against a fresh mock each run.
${ts ? '- `tsconfig.json`: strict TypeScript, with `@ovenjs/ts-plugin` showing Discord mistakes in your editor (select the workspace TypeScript version in VS Code).\n' : ''}
## Try it

\`npm start\` prints the mock's control URL; in another terminal, \`export MOCK=<that URL>\`. The mock's
server has the users alice (owner), bob (moderator) and carol, and the channel #general.
${TRY_IT[template]}

## Run it on Discord

1. In the [Developer Portal](https://discord.com/developers/applications), create an application, then
   under **Bot** reset and copy the token.${intents}
2. Invite the bot: under **OAuth2 → URL Generator**, tick \`bot\` and \`applications.commands\`${template === 'moderation' ? ', and the **Moderate Members** permission' : ''}, open the URL.
3. \`DISCORD_TOKEN=<token> npm run dev\`${template === 'minimal' ? '' : '. Commands registered globally can take a while to show up; `DISCORD_GUILD_ID=<your server id>` registers them in that server only, at once'}.

Keep the token out of the code and out of git: pass it in the environment (\`.env\` files are git-ignored).
`;
}
