/** Payloads shared by the webview tests. */
import type { EmbedPreviewInput } from 'ovenjs-vscode';

/** Fixed clock for timestamps: 2026-11-24T12:00:00Z. */
export const now = Date.UTC(2026, 10, 24, 12, 0, 0);
const nowSec = now / 1000;

/** An embed with every part, a second embed without thumbnail, and components of every kind. */
export const fullPreview: EmbedPreviewInput = {
	content: 'Here is the weekly report',
	embeds: [
		{
			color: 0xff8800,
			author: { name: 'Oven Bot', url: 'https://ovenjs.dev/', icon_url: 'https://cdn.example.test/author.png' },
			title: 'Weekly **report**',
			url: 'https://ovenjs.dev/report',
			description: [
				'# Big header',
				'## Smaller header',
				'**bold** *italic* __underline__ ~~strike~~ `inline code` ||spoiler||',
				'> quoted line',
				'- first item',
				'- second item',
				'1. one',
				'2. two',
				'[docs](https://discord.com/developers/docs) and <@123456789012345678> in <#223456789012345678> for <@&323456789012345678>',
				`ends <t:${nowSec + 7200}:R>, started <t:1700000000:D>`,
				'```js',
				'const x = 1 < 2;',
				'```',
			].join('\n'),
			fields: [
				{ name: 'Inline A', value: 'a', inline: true },
				{ name: 'Inline B', value: 'b', inline: true },
				{ name: 'Inline C', value: 'c', inline: true },
				{ name: 'Wide', value: 'not inline' },
			],
			thumbnail: { url: 'https://cdn.example.test/thumb.png' },
			image: { url: 'https://cdn.example.test/image.png' },
			footer: { text: 'Baked by OvenJS', icon_url: 'https://cdn.example.test/footer.png' },
			timestamp: '2026-11-24T10:30:00.000Z',
		},
		{
			color: 0x5865f2,
			title: 'Three in a row',
			fields: [
				{ name: 'One', value: '1', inline: true },
				{ name: 'Two', value: '2', inline: true },
				{ name: 'Three', value: '3', inline: true },
			],
		},
	],
	components: [
		{
			type: 1,
			components: [
				{ type: 2, style: 1, label: 'Primary', custom_id: 'p' },
				{ type: 2, style: 2, label: 'Disabled', custom_id: 's', disabled: true },
				{ type: 2, style: 3, label: 'Success', custom_id: 'ok', emoji: { name: '✅' } },
				{ type: 2, style: 4, label: 'Danger', custom_id: 'no' },
				{ type: 2, style: 5, label: 'Docs', url: 'https://ovenjs.dev/docs' },
			],
		},
		{
			type: 1,
			components: [
				{
					type: 3,
					custom_id: 'pick',
					placeholder: 'Choose a flavour',
					options: [
						{ label: 'Vanilla', value: 'v', description: 'plain' },
						{ label: 'Cocoa', value: 'c' },
					],
				},
			],
		},
	],
	violations: [
		{ path: 'embeds[0].title', limit: 10, actual: 15, message: 'Embed titles are limited to 10 characters here.' },
		{ path: 'components[0].components[0].custom_id', limit: 100, actual: 120, message: 'custom_id is longer than 100 characters.' },
	],
	unresolved: [{ path: 'embeds[1].description', reason: 'depends on a function call' }],
};

/** Strings that would execute if any reached the page as HTML or as a URL. */
export const evil = [
	'<img src=x onerror="window.__pwned=1;alert(1)">',
	'<script>window.__pwned=2;alert(2)</script>',
	'[click me](javascript:window.__pwned=3)',
	'" onmouseover="window.__pwned=4" x="',
	"'><svg onload=alert(5)>",
	'</style><script>window.__pwned=6</script>',
	'<iframe src="javascript:alert(7)"></iframe>',
].join(' ');

/** Every text and URL field of a message carrying `evil`. */
export const evilPreview: EmbedPreviewInput = {
	content: evil,
	embeds: [
		{
			color: 'red; background:url(javascript:alert(8))',
			author: { name: evil, url: 'javascript:alert(9)', icon_url: 'javascript:alert(10)' },
			title: evil,
			url: 'javascript:window.__pwned=11',
			description: `${evil}\n> ${evil}\n- ${evil}\n# ${evil}\n\`\`\`${evil}\n${evil}\`\`\``,
			fields: [{ name: evil, value: evil, inline: true }],
			thumbnail: { url: 'javascript:alert(12)' },
			image: { url: 'data:text/html,<script>alert(13)</script>' },
			footer: { text: evil, icon_url: 'http://insecure.example.test/x.png' },
			timestamp: evil,
		},
	],
	components: [
		{
			type: 1,
			components: [
				{ type: 2, style: 1, label: evil, custom_id: evil, emoji: { name: evil } },
				{ type: 2, style: 5, label: evil, url: 'javascript:window.__pwned=14' },
				{
					type: 3,
					custom_id: evil,
					placeholder: evil,
					options: [{ label: evil, value: 'v', description: evil, emoji: { name: evil, id: evil } }],
				},
			],
		},
	],
	violations: [
		{ path: evil, limit: 1, actual: 2, message: evil },
		{ path: 'embeds[0].title', limit: 1, actual: 2, message: evil },
	],
	unresolved: [{ path: evil, reason: evil }],
};
