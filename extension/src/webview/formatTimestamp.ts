/**
 * Discord's `<t:unix:style>` timestamps and the embed footer's timestamp, formatted as the
 * client shows them (en-US): `4:20 PM`, `04/20/2021`, `April 20, 2021 at 4:20 PM`, `Today at 10:38 AM`.
 * @see https://discord.com/developers/docs/reference#message-formatting-timestamp-styles
 */

/** The styles Discord accepts after `<t:unix:`; `f` is the default. */
export type TimestampStyle = 't' | 'T' | 'd' | 'D' | 'f' | 'F' | 's' | 'S' | 'R';

/** How timestamps are formatted: fixed values make the output deterministic in tests. */
export interface TimestampOptions {
	/** Milliseconds since the epoch that relative (`R`) and calendar (`Today at`) timestamps count from; defaults to `Date.now()`. */
	readonly now?: number;
	/** IANA time zone; defaults to the viewer's. */
	readonly timeZone?: string;
	/** BCP 47 locale; defaults to `en-US`. */
	readonly locale?: string;
}

const shortTime = { hour: 'numeric', minute: '2-digit' } as const;
const mediumTime = { hour: 'numeric', minute: '2-digit', second: '2-digit' } as const;
const shortDate = { day: '2-digit', month: '2-digit', year: 'numeric' } as const;

/** Each style as Discord's client renders it: `t` short time, `T` medium time, `d` short date, `D` long date, `f` long date and short time, `F` full date and short time, `s`/`S` short date with short/medium time. */
const styleFormats = {
	t: shortTime,
	T: mediumTime,
	d: shortDate,
	D: { dateStyle: 'long' },
	f: { dateStyle: 'long', timeStyle: 'short' },
	F: { dateStyle: 'full', timeStyle: 'short' },
	s: { ...shortDate, ...shortTime },
	S: { ...shortDate, ...mediumTime },
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

function format(date: Date, style: Intl.DateTimeFormatOptions, options: TimestampOptions): string {
	const withZone: Intl.DateTimeFormatOptions = options.timeZone === undefined ? style : { ...style, timeZone: options.timeZone };
	return new Intl.DateTimeFormat(options.locale ?? 'en-US', withZone).format(date);
}

/**
 * Formats `unixSeconds` in a Discord timestamp style: `R` gives "in 3 hours" / "2 days ago",
 * the others a date and/or time. Returns undefined for a date JavaScript cannot represent.
 */
export function formatTimestamp(unixSeconds: number, style: TimestampStyle = 'f', options: TimestampOptions = {}): string | undefined {
	const date = new Date(unixSeconds * 1000);
	if (Number.isNaN(date.getTime())) return undefined;
	if (style === 'R') {
		const diff = unixSeconds - (options.now ?? Date.now()) / 1000;
		const abs = Math.abs(diff);
		const [unit, size] = relativeUnits.find(([, s]) => abs >= s) ?? ['second', 1];
		return new Intl.RelativeTimeFormat(options.locale ?? 'en-US', { numeric: 'always' }).format(Math.round(diff / size), unit);
	}
	return format(date, styleFormats[style], options);
}

/** The calendar day of `date` in the options' time zone, as `YYYY-MM-DD`. */
function day(date: Date, options: TimestampOptions): string {
	return format(date, { year: 'numeric', month: '2-digit', day: '2-digit' }, { ...options, locale: 'en-CA' });
}

/**
 * An embed footer's timestamp as Discord shows it: `Today at 10:38 AM`, `Yesterday at 9:02 PM`,
 * `Tomorrow at 8:00 AM`, else `11/24/2026 10:38 AM`. Undefined for a date JavaScript cannot represent.
 */
export function formatCalendar(unixSeconds: number, options: TimestampOptions = {}): string | undefined {
	const date = new Date(unixSeconds * 1000);
	if (Number.isNaN(date.getTime())) return undefined;
	const now = options.now ?? Date.now();
	const time = format(date, shortTime, options);
	const when = day(date, options);
	const names: readonly [string, number][] = [
		['Today', 0],
		['Yesterday', -1],
		['Tomorrow', 1],
	];
	for (const [name, offset] of names) if (when === day(new Date(now + offset * 86_400_000), options)) return `${name} at ${time}`;
	return `${format(date, shortDate, options)} ${time}`;
}
