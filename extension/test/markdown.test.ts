import { describe, expect, it } from 'vitest';
import { formatCalendar, formatTimestamp, renderDiscordMarkdown, renderInlineMarkdown } from 'ovenjs-vscode';

describe('renderInlineMarkdown', () => {
	it.each([
		['**b**', '<strong>b</strong>'],
		['***bi***', '<strong class="md-bold md-italic">bi</strong>'],
		['*i* _i_', '<em>i</em> <em>i</em>'],
		['__u__ ~~s~~ ||sp||', '<u>u</u> <s>s</s> <span class="md-spoiler">sp</span>'],
		['`a < b`', '<code class="md-code">a &lt; b</code>'],
		['**`x`**', '<strong><code class="md-code">x</code></strong>'],
		['snake_case_name', 'snake_case_name'],
		['\\*not italic\\*', '*not italic*'],
		['**unclosed', '**unclosed'],
		['a\nb', 'a<br>b'],
	])('%s', (src, html) => {
		expect(renderInlineMarkdown(src)).toBe(html);
	});

	it('makes masked links only for http(s) and only where Discord allows them', () => {
		expect(renderInlineMarkdown('[a](https://x.test/)', { maskedLinks: true })).toBe(
			'<a class="md-link" href="https://x.test/" title="https://x.test/" rel="noreferrer noopener">a</a>',
		);
		expect(renderInlineMarkdown('[a](https://x.test/)')).toBe('[a](https://x.test/)');
		expect(renderInlineMarkdown('[a](javascript:alert(1))', { maskedLinks: true })).toBe('[a](javascript:alert(1))');
		expect(renderInlineMarkdown('[a](data:text/html,x)', { maskedLinks: true })).toBe('[a](data:text/html,x)');
	});

	it('writes an embed footer timestamp as Discord does: Today, Yesterday, Tomorrow, else the date', () => {
		const now = Date.UTC(2026, 10, 24, 12, 0, 0);
		const opts = { now, timeZone: 'UTC' };
		const at = (ms: number): number => (now + ms) / 1000;
		expect(formatCalendar(at(-90 * 60_000), opts)).toBe('Today at 10:30 AM');
		expect(formatCalendar(at(-20 * 3_600_000), opts)).toBe('Yesterday at 4:00 PM');
		expect(formatCalendar(at(13 * 3_600_000), opts)).toBe('Tomorrow at 1:00 AM');
		expect(formatCalendar(at(-3 * 86_400_000), opts)).toBe('11/21/2026 12:00 PM');
		// Days change at the viewer's midnight, not UTC's.
		expect(formatCalendar(at(-13 * 3_600_000), { now, timeZone: 'America/New_York' })).toBe('Yesterday at 6:00 PM');
	});

	it('names mentions from the names it is given, and says when it cannot', () => {
		const names = {
			users: { '123456789012345678': 'alice' },
			channels: { '223456789012345678': 'general' },
			roles: { '323456789012345678': 'Bakers' },
		};
		expect(renderInlineMarkdown('<@123456789012345678> <#223456789012345678> <@&323456789012345678>', { names })).toBe(
			'<span class="md-mention md-mention-user" title="user 123456789012345678">@alice</span> ' +
				'<span class="md-mention md-mention-channel" title="channel 223456789012345678">#general</span> ' +
				'<span class="md-mention md-mention-role" title="role 323456789012345678">@Bakers</span>',
		);
		expect(renderInlineMarkdown('<@999999999999999999>', { names })).toBe(
			'<span class="md-mention md-mention-user md-mention-unknown" title="user 999999999999999999">@unknown-user</span>',
		);
		expect(renderInlineMarkdown('<@123456789012345678>', { names: { users: { '123456789012345678': '<b>x</b>' } } })).toContain(
			'@&lt;b&gt;x&lt;/b&gt;',
		);
	});

	it('marks what is only known at run time', () => {
		expect(renderInlineMarkdown('Hello ${user.username}!')).toBe(
			'Hello <span class="md-runtime" title="known at run time">${user.username}</span>!',
		);
	});

	it('renders mentions and escapes everything else', () => {
		expect(renderInlineMarkdown('<@!123456789012345678>')).toContain('md-mention-user');
		expect(renderInlineMarkdown('<@&123456789012345678>')).toContain('md-mention-role');
		expect(renderInlineMarkdown('<#123456789012345678>')).toContain('md-mention-channel');
		expect(renderInlineMarkdown('@everyone')).toBe('<span class="md-mention md-mention-everyone">@everyone</span>');
		expect(renderInlineMarkdown('<b onclick="x">')).toBe('&lt;b onclick=&quot;x&quot;&gt;');
	});

	it('renders timestamps in each style', () => {
		const at = Date.UTC(2026, 0, 2, 15, 4, 5) / 1000;
		const opts = { now: (at - 3600) * 1000, timeZone: 'UTC' };
		expect(formatTimestamp(at, 't', opts)).toBe('3:04 PM');
		expect(formatTimestamp(at, 'T', opts)).toBe('3:04:05 PM');
		expect(formatTimestamp(at, 'd', opts)).toBe('01/02/2026');
		expect(formatTimestamp(at, 'D', opts)).toBe('January 2, 2026');
		expect(formatTimestamp(at, 'f', opts)).toBe('January 2, 2026 at 3:04 PM');
		expect(formatTimestamp(at, 'F', opts)).toBe('Friday, January 2, 2026 at 3:04 PM');
		expect(formatTimestamp(at, 's', opts)).toBe('01/02/2026, 3:04 PM');
		expect(formatTimestamp(at, 'S', opts)).toBe('01/02/2026, 3:04:05 PM');
		// <t:…> without a style is f.
		expect(renderInlineMarkdown(`<t:${at}>`, opts)).toContain('>January 2, 2026 at 3:04 PM</time>');
		expect(formatTimestamp(at, 'R', opts)).toBe('in 1 hour');
		expect(formatTimestamp(at - 7200, 'R', opts)).toBe('1 hour ago');
		expect(renderInlineMarkdown(`<t:${at}:x>`)).toBe(`&lt;t:${at}:x&gt;`);
	});
});

describe('renderDiscordMarkdown', () => {
	it('renders blocks: headers, subtext, quotes, lists, code blocks', () => {
		expect(renderDiscordMarkdown('# h\n-# small')).toBe('<h1 class="md-h1">h</h1><div class="md-subtext">small</div>');
		expect(renderDiscordMarkdown('> a\n> b\nc')).toBe(
			'<blockquote class="md-quote"><div class="md-p">a<br>b</div></blockquote><div class="md-p">c</div>',
		);
		expect(renderDiscordMarkdown('>>> a\nb')).toBe('<blockquote class="md-quote"><div class="md-p">a<br>b</div></blockquote>');
		expect(renderDiscordMarkdown('- a\n- b')).toBe(
			'<ul class="md-list"><li class="md-li md-depth-0">a</li><li class="md-li md-depth-0">b</li></ul>',
		);
		expect(renderDiscordMarkdown('3. c')).toBe('<ol class="md-list" start="3"><li class="md-li md-depth-0">c</li></ol>');
		expect(renderDiscordMarkdown('```ts\nlet a = "<b>";\n```')).toBe(
			'<pre class="md-codeblock" data-lang="ts"><code>let a = &quot;&lt;b&gt;&quot;;</code></pre>',
		);
		expect(renderDiscordMarkdown('####### not a header')).toBe('<div class="md-p">####### not a header</div>');
	});
});
