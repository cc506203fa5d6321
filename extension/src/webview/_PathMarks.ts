import { escapeHtml } from './_html.js';

/** A limit the payload breaks, as the language server reports it (`EmbedPreviewViolation`). */
export interface PreviewViolation {
	/** The element at fault, e.g. `embeds[0].title`. */
	readonly path: string;
	/** The largest length or count Discord accepts. */
	readonly limit: number;
	/** The evaluated length or count. */
	readonly actual: number;
	/** A sentence saying what is wrong. */
	readonly message: string;
}

/** The parent path of `embeds[0].fields[2].value` is `embeds[0].fields[2]`, then `embeds[0].fields`, … */
function parentPath(path: string): string | undefined {
	const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
	return m?.[1] === '' ? undefined : m?.[1];
}

/**
 * Marks rendered elements with their JSON path and, when a violation targets them, a
 * `violation` class and the violation messages as `title`. A violation whose path has no
 * element of its own lands on the nearest rendered ancestor.
 */
export class PathMarks {
	readonly #byPath = new Map<string, PreviewViolation[]>();
	readonly #seen = new Set<string>();

	constructor(violations: readonly PreviewViolation[], rendered?: ReadonlySet<string>) {
		for (const v of violations) {
			let target: string | undefined = v.path;
			if (rendered !== undefined) while (target !== undefined && !rendered.has(target)) target = parentPath(target);
			const key = target ?? '';
			const list = this.#byPath.get(key) ?? [];
			list.push(v);
			this.#byPath.set(key, list);
		}
	}

	/** Paths that were rendered, to place violations on a second pass. */
	get seen(): ReadonlySet<string> {
		return this.#seen;
	}

	/** Violations that found no element (shown in the message-level banner). */
	get unplaced(): readonly PreviewViolation[] {
		return this.#byPath.get('') ?? [];
	}

	/** Attributes for the element rendering `path`: ` class="…" data-path="…"` (+ title when at fault). */
	attrs(path: string, classes: string): string {
		this.#seen.add(path);
		const faults = this.#byPath.get(path);
		if (faults === undefined || faults.length === 0) return ` class="${classes}" data-path="${escapeHtml(path)}"`;
		const title = faults.map((f) => `${f.message} (${f.actual}/${f.limit})`).join('\n');
		return ` class="${classes} violation" data-path="${escapeHtml(path)}" title="${escapeHtml(title)}"`;
	}
}
