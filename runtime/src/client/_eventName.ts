const names = new Map<string, string>();

/** `MESSAGE_CREATE` → `messageCreate`, memoised (there are ~80 names). @internal */
export function _eventName(dispatch: string): string {
	let name = names.get(dispatch);
	if (name === undefined) {
		name = dispatch.toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
		names.set(dispatch, name);
	}
	return name;
}
