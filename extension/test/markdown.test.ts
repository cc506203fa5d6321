import { describe, expect, it } from 'vitest';
import { formatTimestamp, renderDiscordMarkdown, renderInlineMarkdown } from 'ovenjs-vscode';

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
