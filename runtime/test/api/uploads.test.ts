import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, InvalidRESTOptionError, REST, toDataURI } from 'ovenjs';
import { startEchoServer, type Seen } from '../rest/_echoServer.js';

let echo: Awaited<ReturnType<typeof startEchoServer>>;
let rest: REST;
let api: API;
let dir: string;
const GUILD = '1100000000000000001';
const PNG = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

beforeAll(async () => {
	echo = await startEchoServer((_, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
	rest = new REST({ api: echo.api, token: 'test-token' });
	api = new API(rest);
	dir = await mkdtemp(join(tmpdir(), 'oven-api-'));
});
afterAll(async () => {
	await rest?.destroy();
	await echo?.close();
	await rm(dir, { recursive: true, force: true });
});

/** The multipart form of a request the echo server saw. */
function form(seen: Seen | undefined): Promise<FormData> {
	if (seen === undefined) throw new Error('nothing was sent');
	return new Response(seen.body, { headers: { 'content-type': String(seen.headers['content-type']) } }).formData();
}

describe('uploads where Discord takes files', () => {
	it('a sticker goes as multipart: the file as `file`, the fields as payload_json', async () => {
		await api.stickers.createGuildSticker(
			GUILD,
			{ name: 'loaf', description: 'a loaf', tags: 'bread' },
			{ name: 'loaf.json', data: '{"v":1}', contentType: 'application/json' },
			{ reason: 'new' },
		);
		const seen = echo.seen.at(-1);
		expect(seen?.url).toBe(`/api/v10/guilds/${GUILD}/stickers`);
		expect(seen?.headers['x-audit-log-reason']).toBe('new');
		const body = await form(seen);
		expect(JSON.parse(String(body.get('payload_json')))).toEqual({ name: 'loaf', description: 'a loaf', tags: 'bread' });
		const file = body.get('file') as File;
		expect([file.name, file.type, await file.text()]).toEqual(['loaf.json', 'application/json', '{"v":1}']);
	});

	it("an invite's target users go as `target_users_file`, with or without a JSON body", async () => {
		const csv = { name: 'users.csv', data: '1200000000000000001\n1200000000000000002\n' };
		await api.invites.editTargetUsers('bakery', csv);
		const update = await form(echo.seen.at(-1));
		expect(await (update.get('target_users_file') as File).text()).toBe(csv.data);
		expect(update.has('payload_json')).toBe(false);

		await api.channels.createInvite('1100000000000000011', { max_age: 60 }, { targetUsersFile: csv });
		const create = await form(echo.seen.at(-1));
		expect(await (create.get('target_users_file') as File).text()).toBe(csv.data);
		expect(JSON.parse(String(create.get('payload_json')))).toEqual({ max_age: 60 });
	});

	it('image fields take a file from a path or a stream and send a data URI', async () => {
		const path = join(dir, 'bread.png');
		await writeFile(path, PNG);
		await api.emojis.createGuildEmoji(GUILD, { name: 'bread', image: { name: 'bread.png', path } });
		expect(JSON.parse(echo.seen.at(-1)?.body ?? '')).toEqual({ name: 'bread', image: `data:image/png;base64,${PNG.toString('base64')}` });
		await api.users.editCurrent({ avatar: { name: 'me', contentType: 'image/gif', stream: Readable.from([PNG]) }, banner: null });
		expect(JSON.parse(echo.seen.at(-1)?.body ?? '')).toEqual({ avatar: `data:image/gif;base64,${PNG.toString('base64')}`, banner: null });
		// A data URI given as a string is sent as it is.
		await api.webhooks.create('1100000000000000011', { name: 'oven', avatar: 'data:image/png;base64,AA==' });
		expect(JSON.parse(echo.seen.at(-1)?.body ?? '')).toEqual({ name: 'oven', avatar: 'data:image/png;base64,AA==' });
	});

	it('toDataURI names the file it cannot read or type, and nothing is sent', async () => {
		const before = echo.seen.length;
		await expect(toDataURI({ name: 'notes.txt', data: 'x' })).rejects.toThrow(/notes\.txt: cannot tell its media type/);
		await expect(
			api.soundboard.createGuildSound(GUILD, { name: 'x', sound: { name: 'gone.mp3', path: join(dir, 'gone.mp3') } }),
		).rejects.toThrow(InvalidRESTOptionError);
		await expect(toDataURI({ name: 'gone.ogg', path: join(dir, 'gone.ogg') })).rejects.toThrow(/gone\.ogg could not be read/);
		expect(echo.seen.length).toBe(before);
		expect(await toDataURI({ name: 'ding.OGG', data: 'OggS' })).toBe(`data:audio/ogg;base64,${Buffer.from('OggS').toString('base64')}`);
	});
});
