/**
 * `custom_id → value` of every text input (and `values` of selects) anywhere in a modal
 * submit's components: action rows, and labels' `component`. @internal
 */
export function _modalFields(components: readonly unknown[]): Map<string, string | readonly string[]> {
	const out = new Map<string, string | readonly string[]>();
	const visit = (list: readonly unknown[]): void => {
		for (const component of list) {
			const c = component as { custom_id?: unknown; value?: unknown; values?: unknown; components?: unknown; component?: unknown };
			if (typeof c.custom_id === 'string' && typeof c.value === 'string') out.set(c.custom_id, c.value);
			else if (typeof c.custom_id === 'string' && Array.isArray(c.values)) out.set(c.custom_id, c.values as string[]);
			if (Array.isArray(c.components)) visit(c.components);
			if (c.component !== undefined) visit([c.component]);
		}
	};
	visit(components);
	return out;
}
