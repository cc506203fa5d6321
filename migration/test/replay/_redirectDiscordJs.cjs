'use strict';
/**
 * Preload (`node --require`) for the replay's ORIGINAL bots: points discord.js at the mock
 * and changes nothing else. `OVEN_REPLAY_API` is the mock's REST base (`…/api`).
 *
 * - discord.js v14: the REST base is `DefaultRestOptions.api` of the CommonJS
 *   `@discordjs/rest` that discord.js requires (resolved from discord.js's own folder, so it
 *   is the same instance); the gateway URL then comes from the mock's GET /gateway/bot.
 * - discord.js v13 (`OVEN_REPLAY_DISCORDJS=v13`): `require('discord.js')` resolves to the
 *   workspace's `discord.js-v13`, and `Options.createDefault()` gets the mock's base as
 *   `http.api` (v13 has its own RESTManager, which reads `client.options.http.api`), and
 *   its node-fetch an http agent for the mock's plain-http URL.
 */
const Module = require('node:module');
const { dirname } = require('node:path');

const api = process.env.OVEN_REPLAY_API;
if (api === undefined || api === '') throw new Error('OVEN_REPLAY_API must be the mock REST base (mock.api).');

if (process.env.OVEN_REPLAY_DISCORDJS === 'v13') {
	const resolve = Module._resolveFilename;
	Module._resolveFilename = function resolveDiscordJsV13(request, ...rest) {
		return resolve.call(this, request === 'discord.js' ? 'discord.js-v13' : request, ...rest);
	};
	// v13's REST gives node-fetch one https.Agent for every request; the mock speaks plain
	// http, so discord.js-v13's node-fetch gets an http keep-alive agent instead (only the
	// connection changes, not the request).
	const v13Root = dirname(require.resolve('discord.js-v13/package.json'));
	const http = require('node:http');
	const plainAgent = new http.Agent({ keepAlive: true });
	const load = Module._load;
	Module._load = function loadForMock(request, parent, ...rest) {
		const loaded = load.call(this, request, parent, ...rest);
		if (request !== 'node-fetch' || parent?.filename?.startsWith(v13Root) !== true) return loaded;
		const fetchOverHttp = (url, init = {}) => loaded(url, String(url).startsWith('http:') ? { ...init, agent: plainAgent } : init);
		return Object.assign(fetchOverHttp, loaded);
	};
	const { Options } = require('discord.js-v13');
	const createDefault = Options.createDefault;
	Options.createDefault = function createDefaultForMock() {
		const options = createDefault.call(this);
		options.http = { ...options.http, api };
		return options;
	};
} else {
	const discordJs = require.resolve('discord.js');
	const rest = require(require.resolve('@discordjs/rest', { paths: [dirname(discordJs)] }));
	rest.DefaultRestOptions.api = api;
}
