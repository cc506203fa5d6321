import type { Route } from './Route.js';

/** A matched route with its path parameters. */
export interface RouteMatch {
	readonly route: Route;
	readonly params: Record<string, string>;
}

interface Compiled {
	readonly route: Route;
	readonly segments: readonly string[];
	/** Literal segments count; more literals win, so `/messages/@original` beats `/messages/{message_id}`. */
	readonly literals: number;
}

/** A small method + path-template router. */
export class Router {
	readonly #routes: Compiled[] = [];

	/** Adds routes; later additions never shadow more specific earlier ones. */
	public add(routes: readonly Route[]): this {
		for (const route of routes) {
			const segments = route.path.split('/').slice(1);
			this.#routes.push({ route, segments, literals: segments.filter((s) => !s.startsWith('{')).length });
		}
		this.#routes.sort((a, b) => b.literals - a.literals);
		return this;
	}

	/** Every route added, in match order. */
	public routes(): readonly Route[] {
		return this.#routes.map((c) => c.route);
	}

	/**
	 * Finds the route for a request path (without the `/api/v10` prefix). Returns `'method'`
	 * when the path exists under another method, undefined when it does not exist.
	 */
	public match(method: string, path: string): RouteMatch | 'method' | undefined {
		const parts = path.split('/').slice(1);
		if (parts.at(-1) === '') parts.pop();
		let pathKnown = false;
		for (const compiled of this.#routes) {
			const params = matchSegments(compiled.segments, parts);
			if (params === undefined) continue;
			if (compiled.route.method === method) return { route: compiled.route, params };
			pathKnown = true;
		}
		return pathKnown ? 'method' : undefined;
	}
}

function matchSegments(template: readonly string[], parts: readonly string[]): Record<string, string> | undefined {
	if (template.length !== parts.length) return undefined;
	const params: Record<string, string> = {};
	for (let i = 0; i < template.length; i += 1) {
		const t = template[i] as string;
		const p = parts[i] as string;
		if (t.startsWith('{')) {
			if (p === '') return undefined;
			try {
				params[t.slice(1, -1)] = decodeURIComponent(p);
			} catch {
				// A malformed %-escape names nothing.
				return undefined;
			}
		} else if (t !== p && safeDecode(p) !== t) {
			// `%40original` names the same resource as `@original`.
			return undefined;
		}
	}
	return params;
}

function safeDecode(part: string): string | undefined {
	try {
		return decodeURIComponent(part);
	} catch {
		return undefined;
	}
}
