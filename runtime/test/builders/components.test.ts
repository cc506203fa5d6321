import { ButtonStyle, ComponentType, MessageFlags, TextInputStyle } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import {
	actionRow,
	ActionRowBuilder,
	BuilderLimitError,
	button,
	channelSelect,
	container,
	file,
	label,
	mediaGallery,
	message,
	modal,
	ModalBuilder,
	roleSelect,
	section,
	separator,
	stringSelect,
	textDisplay,
	textInput,
	thumbnail,
	userSelect,
} from 'ovenjs';
import { ComponentLimits, ModalLimits } from 'ovenjs/knowledge';

describe('components', () => {
	it('buttons of every kind', () => {
		expect(button({ custom_id: 'ticket:close:42', label: 'Close', style: 'danger' })).toEqual({
			type: ComponentType.Button,
			style: ButtonStyle.Danger,
			custom_id: 'ticket:close:42',
			label: 'Close',
		});
		expect(button({ custom_id: 'x', label: 'X' }).style).toBe(ButtonStyle.Secondary);
		expect(button({ style: 'link', url: 'https://discord.com', label: 'Docs' })).toEqual({
			type: ComponentType.Button,
			style: ButtonStyle.Link,
			url: 'https://discord.com',
			label: 'Docs',
		});
		expect(button({ style: 'premium', sku_id: '1', disabled: true })).toEqual({
			type: ComponentType.Button,
			style: ButtonStyle.Premium,
			sku_id: '1',
			disabled: true,
		});
	});

	it('limits: custom_id, label, url, row size, select options', () => {
		expect(() => button({ custom_id: 'c'.repeat(101), label: 'a' })).toThrow(
			/button\.custom_id has 101 characters; Discord allows at most 100/,
		);
		expect(() => button({ custom_id: '', label: 'a' })).toThrow(/at least 1/);
		expect(() => button({ custom_id: 'a', label: 'l'.repeat(81) })).toThrow(BuilderLimitError);
		expect(() => button({ style: 'link', url: `https://x.y/${'p'.repeat(512)}` })).toThrow(/button\.url/);
		const b = button({ custom_id: 'a', label: 'a' });
		expect(actionRow(b, b, b, b, b).components).toHaveLength(5);
		expect(() => actionRow(b, b, b, b, b, b)).toThrow(/actionRow\.components has 6 items/);
		const options = Array.from({ length: 26 }, (_, i) => ({ label: `o${i}`, value: `${i}` }));
		expect(() => stringSelect({ custom_id: 's', options })).toThrow(/stringSelect\.options has 26 items/);
		expect(() => stringSelect({ custom_id: 's', options: [{ label: 'a', value: 'v'.repeat(101) }] })).toThrow(
			/stringSelect\.options\[0\]\.value/,
		);
		expect(() => userSelect({ custom_id: 'u', max_values: 26 })).toThrow(/userSelect\.max_values is 26/);
	});

	it('the fluent action row agrees with the object form and checks the same limit', () => {
		const b = button({ custom_id: 'a', label: 'a' });
		const row = new ActionRowBuilder().addButtons(b, b);
		expect(row.kind).toBe('buttons');
		expect(row.toJSON()).toEqual(actionRow(b, b));
		expect(() => row.addButtons(b, b, b, b)).toThrow(/actionRow\.components has 6 items/);
		const select = new ActionRowBuilder().setSelect(userSelect({ custom_id: 'u' }));
		expect([select.kind, select.toJSON().components[0]?.type]).toEqual(['select', ComponentType.UserSelect]);
		expect(() => new ActionRowBuilder().toJSON()).toThrow(/has 0 items; Discord allows at least 1/);
	});

	it('selects carry their type', () => {
		expect(actionRow(stringSelect({ custom_id: 's', options: [{ label: 'A', value: 'a' }] })).components[0]?.type).toBe(
			ComponentType.StringSelect,
		);
		expect(userSelect({ custom_id: 'u' }).type).toBe(ComponentType.UserSelect);
		expect(roleSelect({ custom_id: 'r' }).type).toBe(ComponentType.RoleSelect);
		expect(channelSelect({ custom_id: 'c', channel_types: [0] }).channel_types).toEqual([0]);
	});

	it('layout components, and message() sets IS_COMPONENTS_V2 for them', () => {
		const body = message({
			components: [
				container({
					accent_color: 0x5865f2,
					components: [
						section({ components: [textDisplay('**Ticket #4**')], accessory: thumbnail('https://cdn.example/a.png') }),
						separator({ spacing: 'large' }),
						mediaGallery({ media: { url: 'https://cdn.example/b.png' } }),
						file('attachment://log.txt'),
					],
				}),
			],
		});
		expect(body.flags).toBe(MessageFlags.IsComponentsV2);
		expect(message({ components: [actionRow(button({ custom_id: 'a', label: 'a' }))] }).flags).toBeUndefined();
		expect(() => textDisplay('t'.repeat(4001))).toThrow(/textDisplay\.content/);
	});

	it('message(): rows and the total component count', () => {
		const row = actionRow(button({ custom_id: 'a', label: 'a' }));
		expect(() => message({ components: Array.from({ length: 6 }, () => row) })).toThrow(
			/message\.components has 6 items; Discord allows at most 5/,
		);
		const many = Array.from({ length: 41 }, () => textDisplay('x'));
		const error = (() => {
			try {
				message({ components: many });
			} catch (e) {
				return e as BuilderLimitError;
			}
			return undefined;
		})();
		expect(error?.path).toBe('message.components');
		expect(error?.actual).toBe(41);
		expect(
			message({ components: [container({ components: Array.from({ length: 39 }, () => textDisplay('x')) })] }).components,
		).toHaveLength(1);
		expect(() => message({ components: [container({ components: Array.from({ length: 40 }, () => textDisplay('x')) })] })).toThrow(
			/message.components has 41 items/,
		);
		expect(() => message({ content: 'c'.repeat(2001) })).toThrow(/message\.content/);
	});

	it('modals: object and fluent forms agree; limits from ModalLimits', () => {
		const reason = textInput({ custom_id: 'reason', style: 'paragraph', max_length: 500 });
		expect(reason).toEqual({ type: ComponentType.TextInput, custom_id: 'reason', style: TextInputStyle.Paragraph, max_length: 500 });
		const object = modal({ custom_id: 'ban', title: 'Ban a member', components: [label('Reason', reason)] });
		expect(new ModalBuilder('ban', 'Ban a member').addField('Reason', reason).toJSON()).toEqual(object);
		expect(() => modal({ custom_id: 'ban', title: 't'.repeat(46), components: [label('Reason', reason)] })).toThrow(
			/modal\.title has 46 characters/,
		);
		expect(() => new ModalBuilder('x', 'y').toJSON()).toThrow(/modal\.components has 0 items; Discord allows at least 1/);
		expect(() => label('l'.repeat(ComponentLimits.textInputLabel.max + 1), reason)).toThrow(BuilderLimitError);
		expect(() => textInput({ custom_id: 'r', max_length: 4001 })).toThrow(/textInput\.max_length/);
		expect(ModalLimits.components.max).toBe(40);
	});
});

describe('layout limits', () => {
	it('refuses a section with more than 3 texts and a gallery with more than 10 items, naming the field', () => {
		const texts = Array.from({ length: 4 }, (_, i) => textDisplay(`t${i}`));
		expect(() => section({ components: texts, accessory: thumbnail('https://example.com/a.png') })).toThrow(
			expect.objectContaining({ code: 'BUILDER_LIMIT', path: 'section.components', actual: 4 }),
		);
		const items = Array.from({ length: 11 }, () => ({ media: { url: 'https://example.com/a.png' } }));
		expect(() => mediaGallery(...items)).toThrow(
			expect.objectContaining({ code: 'BUILDER_LIMIT', path: 'mediaGallery.items', actual: 11 }),
		);
	});
});
