import type {
	APIActionRowComponent,
	APIButtonComponent,
	APIButtonComponentWithCustomId,
	APIButtonComponentWithSKUId,
	APIButtonComponentWithURL,
	APISelectMenuComponent,
	APIStringSelectComponent,
} from 'discord-api-types/v10';
import { describe, expectTypeOf, it } from 'vitest';
import { actionRow, ActionRowBuilder, button, MessageBuilder, stringSelect, template, userSelect } from 'ovenjs';

describe('builder types', () => {
	it('buttons: the return type follows the style; link needs url and refuses custom_id', () => {
		expectTypeOf(button({ custom_id: 'a', label: 'A' })).toEqualTypeOf<APIButtonComponentWithCustomId>();
		expectTypeOf(button({ style: 'link', url: 'https://x.y' })).toEqualTypeOf<APIButtonComponentWithURL>();
		expectTypeOf(button({ style: 'premium', sku_id: '1' })).toEqualTypeOf<APIButtonComponentWithSKUId>();
		// @ts-expect-error a link button takes no custom_id
		button({ style: 'link', url: 'https://x.y', custom_id: 'a' });
		// @ts-expect-error a link button needs a url
		button({ style: 'link', label: 'Docs' });
		// @ts-expect-error an interactive button needs a custom_id
		button({ style: 'primary', label: 'A' });
		// @ts-expect-error a premium button has no label
		button({ style: 'premium', sku_id: '1', label: 'Buy' });
	});

	it('action rows: buttons or one select, never both', () => {
		const b = button({ custom_id: 'a', label: 'A' });
		const s = stringSelect({ custom_id: 's', options: [{ label: 'A', value: 'a' }] });
		expectTypeOf(actionRow(b, b)).toEqualTypeOf<APIActionRowComponent<APIButtonComponent>>();
		expectTypeOf(actionRow(s)).toEqualTypeOf<APIActionRowComponent<APIStringSelectComponent>>();
		// @ts-expect-error a row cannot mix buttons and a select
		actionRow(b, s);
		// @ts-expect-error a row holds one select only
		actionRow(s, userSelect({ custom_id: 'u' }));
		// @ts-expect-error a row is not empty
		actionRow();
		new MessageBuilder().addActionRow(b, b).addActionRow(s);
		// @ts-expect-error the fluent form refuses the same mix
		new MessageBuilder().addActionRow(b, s);
		expectTypeOf(new ActionRowBuilder().addButtons(b).addButtons(b).toJSON()).toEqualTypeOf<APIActionRowComponent<APIButtonComponent>>();
		expectTypeOf(new ActionRowBuilder().setSelect(s).toJSON().components).toEqualTypeOf<APISelectMenuComponent[]>();
		// @ts-expect-error a row with buttons takes no select
		new ActionRowBuilder().addButtons(b).setSelect(s);
		// @ts-expect-error a row with a select takes nothing more
		new ActionRowBuilder().setSelect(s).addButtons(b);
	});

	it('templates: render needs every variable', () => {
		const t = template('Hello {user}, you have {count} tickets');
		expectTypeOf(t.render)
			.parameter(0)
			.toEqualTypeOf<{ readonly user: string | number | bigint | boolean; readonly count: string | number | bigint | boolean }>();
		// @ts-expect-error count is missing
		t.render({ user: 'alice' });
		// @ts-expect-error a variable the template does not have
		t.render({ user: 'a', count: 1, extra: 2 });
		expectTypeOf(template('plain').render).parameter(0).toEqualTypeOf<{}>();
	});
});
