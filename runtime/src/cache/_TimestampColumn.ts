// Discord's ISO 8601 timestamps ("2024-01-01T12:34:56.789000+00:00", 32 chars, 48 B as a
// heap string) kept as one float64 per record: microseconds since 1970, exact in a float64
// until 2255 (years past 2200 stay text). A column remembers the textual form it has seen
// (fraction digits; `Z` or `+00:00`) and gives back exactly the text it was given. Anything
// else (another form, before 1970, a leap second, an offset that is not UTC, not a
// timestamp at all) is kept as the string.

const NULL = Number.NaN;
/** The record's text is in `#odd`. */
const ODD = Number.POSITIVE_INFINITY;
const US_PER_DAY = 86_400_000_000;
const FRACTION_SCALE = [1_000_000, 100_000, 10_000, 1_000, 100, 10, 1] as const;

/** The value of the digit at `at`, or -1000 (enough to make any sum of fields invalid). */
function digit(text: string, at: number): number {
	const d = text.charCodeAt(at) - 48;
	return d >= 0 && d <= 9 ? d : -1000;
}

const two = (text: string, at: number): number => digit(text, at) * 10 + digit(text, at + 1);

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
	const y = month <= 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yoe = y - era * 400;
	const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
	const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
	return era * 146_097 + doe - 719_468;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

function daysInMonth(year: number, month: number): number {
	if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
	return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Form code: fraction digits × 2 + (1 for `+00:00`, 0 for `Z`); -1 when not a canonical UTC timestamp. */
function formOf(text: string): number {
	const length = text.length;
	let body: number;
	let suffix: number;
	if (text.charCodeAt(length - 1) === 90 /* Z */) {
		body = length - 1;
		suffix = 0;
	} else if (
		text.charCodeAt(length - 6) === 43 /* + */ &&
		text.charCodeAt(length - 5) === 48 &&
		text.charCodeAt(length - 4) === 48 &&
		text.charCodeAt(length - 3) === 58 /* : */ &&
		text.charCodeAt(length - 2) === 48 &&
		text.charCodeAt(length - 1) === 48
	) {
		body = length - 6;
		suffix = 1;
	} else return -1;
	const fraction = body === 19 ? 0 : body - 20;
	if (fraction < 0 || fraction > 6 || (fraction > 0 && text.charCodeAt(19) !== 46) /* . */) return -1;
	if (
		text.charCodeAt(4) !== 45 /* - */ ||
		text.charCodeAt(7) !== 45 ||
		text.charCodeAt(10) !== 84 /* T */ ||
		text.charCodeAt(13) !== 58 /* : */ ||
		text.charCodeAt(16) !== 58
	) {
		return -1;
	}
	return fraction * 2 + suffix;
}

/** Microseconds since 1970 of `text` in form `form`, or NaN when a field is out of range. */
function parse(text: string, form: number): number {
	const year = two(text, 0) * 100 + two(text, 2);
	const month = two(text, 5);
	const day = two(text, 8);
	const hour = two(text, 11);
	const minute = two(text, 14);
	const second = two(text, 17);
	const fractionDigits = form >> 1;
	let fraction = 0;
	for (let i = 0; i < fractionDigits; i++) fraction = fraction * 10 + digit(text, 20 + i);
	// Past 2200, microseconds since 1970 stop being exact in a float64: kept as text.
	if (
		year < 0 ||
		year > 2200 ||
		month < 1 ||
		month > 12 ||
		day < 1 ||
		day > daysInMonth(year, month) ||
		hour < 0 ||
		hour > 23 ||
		minute < 0 ||
		minute > 59 ||
		second < 0 ||
		second > 59 ||
		fraction < 0
	) {
		return Number.NaN;
	}
	const scale = FRACTION_SCALE[fractionDigits] ?? 1;
	return daysFromCivil(year, month, day) * US_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1_000_000 + fraction * scale;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `'00'` … `'99'`: two digits by table, not by `padStart`. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => pad(i, 2));
const two2 = (value: number): string => TWO_DIGITS[value] as string;

/** The text of `us` (from {@link parse}) in form `form`. */
function format(us: number, form: number): string {
	const days = Math.floor(us / US_PER_DAY);
	let rest = us - days * US_PER_DAY;
	// H. Hinnant's civil_from_days.
	const z = days + 719_468;
	const era = Math.floor(z / 146_097);
	const doe = z - era * 146_097;
	const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
	const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
	const mp = Math.floor((5 * doy + 2) / 153);
	const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
	const month = mp < 10 ? mp + 3 : mp - 9;
	const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
	const fraction = rest % 1_000_000;
	rest = (rest - fraction) / 1_000_000;
	const second = rest % 60;
	rest = (rest - second) / 60;
	const minute = rest % 60;
	const hour = (rest - minute) / 60;
	const fractionDigits = form >> 1;
	const scale = FRACTION_SCALE[fractionDigits] ?? 1;
	const head = `${year >= 1000 ? String(year) : pad(year, 4)}-${two2(month)}-${two2(day)}T${two2(hour)}:${two2(minute)}:${two2(second)}`;
	const tail = (form & 1) === 1 ? '+00:00' : 'Z';
	return fractionDigits === 0 ? head + tail : `${head}.${pad(fraction / scale, fractionDigits)}${tail}`;
}

/**
 * One timestamp (or null) per slot of a columnar table, as a float64 instead of a string.
 * `get` returns text equal to what `set` was given.
 * @internal
 */
export class _TimestampColumn {
	/**
	 * Microseconds since 1970, negated for text without a fraction; NaN for null; Infinity
	 * when the text is in `#odd`. Only numbers: V8 keeps them unboxed.
	 */
	#values: number[] = [];
	#odd: Map<number, string> | undefined;
	/** The suffix this column stores as numbers (1 `+00:00`, 0 `Z`; the first it saw); -1 before that. */
	#suffix = -1;
	/**
	 * The fraction digits this column stores as numbers (the first it saw); -1 before that.
	 * Text without a fraction is stored too: Python's `isoformat()`, behind Discord's
	 * timestamps, leaves out a zero fraction (one message in a thousand).
	 */
	#digits = -1;

	set(slot: number, text: string | null): void {
		if (this.#odd !== undefined && this.#values[slot] === ODD) this.#odd.delete(slot);
		if (text === null) {
			this.#values[slot] = NULL;
			return;
		}
		const form = formOf(text);
		const digits = form >> 1;
		const suffix = form & 1;
		if (form >= 0 && (this.#suffix === -1 || suffix === this.#suffix) && (digits === 0 || this.#digits === -1 || digits === this.#digits)) {
			const us = parse(text, form);
			// > 0: the sign marks "no fraction" (Discord has no timestamp at 1970-01-01T00:00:00).
			if (us > 0) {
				this.#suffix = suffix;
				if (digits > 0) this.#digits = digits;
				this.#values[slot] = digits === 0 ? -us : us;
				return;
			}
		}
		this.#values[slot] = ODD;
		(this.#odd ??= new Map()).set(slot, text);
	}

	/**
	 * Whether `get(slot)` would return exactly `text`, without formatting it: the text is
	 * parsed (a few char codes) and compared as a number in the column's form.
	 */
	holds(slot: number, text: string | null): boolean {
		const value = this.#values[slot];
		if (value === undefined) return false;
		if (text === null) return Number.isNaN(value);
		if (value === ODD) return this.#odd?.get(slot) === text;
		if (Number.isNaN(value)) return false;
		const form = formOf(text);
		if (form < 0 || (form & 1) !== this.#suffix) return false;
		const digits = form >> 1;
		// Stored without a fraction (negative), or with the column's digits.
		if (digits === 0 ? value >= 0 : digits !== this.#digits || value < 0) return false;
		return parse(text, form) === (digits === 0 ? -value : value);
	}

	get(slot: number): string | null {
		const value = this.#values[slot];
		if (value === undefined || Number.isNaN(value)) return null;
		if (value === ODD) return this.#odd?.get(slot) ?? null;
		return value < 0 ? format(-value, this.#suffix) : format(value, this.#digits * 2 + this.#suffix);
	}

	/** Replaces the values by a copy of `capacity` slots (see `_grow`). */
	resize(capacity: number): void {
		const next = new Array<number>(capacity);
		for (let i = 0; i < this.#values.length; i++) next[i] = this.#values[i] ?? NULL;
		this.#values = next;
	}

	/** Frees the slot (drops a kept string). */
	clear(slot: number): void {
		this.set(slot, null);
	}
}
