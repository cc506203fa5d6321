import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BuilderLimitError, poll, PollBuilder, template, TemplateVariableError } from 'ovenjs';
import { PollLimits } from 'ovenjs/knowledge';

describe('polls', () => {
	it('object and fluent forms agree', () => {
		const object = poll({
			question: 'Lunch?',
			answers: ['Pizza', { text: 'Sushi', emoji: { name: '🍣' } }],
			duration: 4,
			allow_multiselect: true,
		});
		expect(object).toEqual({
			question: { text: 'Lunch?' },
			answers: [{ poll_media: { text: 'Pizza' } }, { poll_media: { text: 'Sushi', emoji: { id: null, name: '🍣' } } }],
			duration: 4,
			allow_multiselect: true,
		});
		expect(
			new PollBuilder('Lunch?')
				.addAnswers('Pizza', { text: 'Sushi', emoji: { name: '🍣' } })
				.setDuration(4)
				.setMultiselect()
				.toJSON(),
		).toEqual(object);
	});

	it('limits from PollLimits', () => {
		expect(() => poll({ question: 'q', answers: Array.from({ length: 11 }, (_, i) => `${i}`) })).toThrow(/poll\.answers has 11 items/);
		expect(() => poll({ question: 'q', answers: ['a'.repeat(PollLimits.answerText.max + 1)] })).toThrow(
			/poll\.answers\[0\]\.poll_media\.text has 56 characters/,
		);
		expect(() => poll({ question: 'q', answers: ['a'], duration: 769 })).toThrow(/poll\.duration is 769/);
		expect(() => new PollBuilder('q').toJSON()).toThrow(BuilderLimitError);
	});
});

describe('templates', () => {
	it('renders every variable, repeated ones too', () => {
		const t = template('Hello {user}, you have {count} tickets. Bye {user}!');
		expect(t.variables).toEqual(['user', 'count']);
		expect(t.render({ user: '<@1>', count: 3 })).toBe('Hello <@1>, you have 3 tickets. Bye <@1>!');
		expect(template('no variables').render({})).toBe('no variables');
	});

	it('a missing variable is a TemplateVariableError naming it', () => {
		const t = template('Hello {user}, you have {count} tickets');
		const values = { user: 'alice' } as unknown as { user: string; count: number };
		expect(() => t.render(values)).toThrow(TemplateVariableError);
		try {
			t.render(values);
		} catch (error) {
			expect((error as TemplateVariableError).missing).toEqual(['count']);
			expect((error as TemplateVariableError).code).toBe('BUILDER_TEMPLATE_VARIABLE');
		}
	});

	it('fills every variable with its value, whatever the names and values (property)', () => {
		const name = fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,10}$/);
		const value = fc.string({ maxLength: 20 }).filter((v) => !/[{}]/.test(v));
		fc.assert(
			fc.property(fc.uniqueArray(fc.tuple(name, value), { selector: ([n]) => n, minLength: 1, maxLength: 5 }), (pairs) => {
				const source = pairs.map(([n]) => `<{${n}}>`).join(' ');
				const values = Object.fromEntries(pairs) as Record<string, string>;
				const t = template(source) as unknown as { render(v: Record<string, string>): string; variables: readonly string[] };
				expect(t.variables).toEqual(pairs.map(([n]) => n));
				expect(t.render(values)).toBe(pairs.map(([, v]) => `<${v}>`).join(' '));
			}),
		);
	});

	it('a rendered message over the content limit is a BuilderLimitError', () => {
		expect(() => template('{x}').render({ x: 'x'.repeat(2001) })).toThrow(/content has 2001 characters/);
	});
});
