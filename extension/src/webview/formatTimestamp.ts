/**
 * Discord's `<t:unix:style>` timestamps, formatted as the client shows them.
 * @see https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */

/** The styles Discord accepts after `<t:unix:`; `f` is the default. */
export type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 'R';

/** How timestamps are formatted: fixed values make the output deterministic in tests. */
export interface TimestampOptions {
	/** Milliseconds since the epoch that relative (`R`) timestamps count from; defaults to `Date.now()`. */
	readonly now?: number;
	/** IANA time zone; defaults to the viewer's. */
	readonly timeZone?: string;
	/** BCP 47 locale; defaults to `en-US`. */
	readonly locale?: string;
}

const styleFormats = {
	t: { hour: 'numeric', minute: '2-digit' },
	T: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
	d: { day: '2-digit', month: '2-digit', year: 'numeric' },
	D: { day: 'numeric', month: 'long', year: 'numeric' },
	f: { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
	F: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
} as const satisfies Record<Exclude<TimestampStyle, 'R'>, Intl.DateTimeFormatOptions>;

const relativeUnits: readonly [Intl.RelativeTimeFormatUnit, number][] = [
	['year', 365 * 24 * 3600],
	['month', 30 * 24 * 3600],
	['day', 24 * 3600],
	['hour', 3600],
	['minute', 60],
	['second', 1],
];

/** True when `style` is one of Discord's timestamp styles. */
export function isTimestampStyle(style: string): style is TimestampStyle {
	return style === 'R' || style in styleFormats;
}

/**
 * Formats `unixSeconds` in a Discord timestamp style: `R` gives "in 3 hours" / "2 days ago",
 * the others a date and/or time. Returns undefined for a date JavaScript cannot represent.
 */
export function formatTimestamp(unixSeconds: number, style: TimestampStyle = 'f', options: TimestampOptions = {}): string | undefined {
	const date = new Date(unixSeconds * 1000);
	if (Number.isNaN(date.getTime())) return undefined;
	const locale = options.locale ?? 'en-US';
	if (style === 'R') {
		const diff = unixSeconds - (options.now ?? Date.now()) / 1000;
		const abs = Math.abs(diff);
		const [unit, size] = relativeUnits.find(([, s]) => abs >= s) ?? ['second', 1];
		return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(Math.round(diff / size), unit);
	}
	const format: Intl.DateTimeFormatOptions = { ...styleFormats[style] };
	if (options.timeZone !== undefined) format.timeZone = options.timeZone;
	return new Intl.DateTimeFormat(locale, format).format(date);
}
