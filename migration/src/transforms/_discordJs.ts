import { Node, type SourceFile } from 'ts-morph';

const DISCORD_JS = new Set(['discord.js']);

/** The local names under which `file` imports `exported` from discord.js (ESM import or `require` destructuring). */
export function localNamesOf(file: SourceFile, exported: string): Set<string> {
	const names = new Set<string>();
	for (const declaration of file.getImportDeclarations()) {
		if (!DISCORD_JS.has(declaration.getModuleSpecifierValue())) continue;
		for (const named of declaration.getNamedImports()) {
			if (named.getName() === exported) names.add(named.getAliasNode()?.getText() ?? named.getName());
		}
	}
	for (const variable of file.getVariableDeclarations()) {
		const init = variable.getInitializer();
		const name = variable.getNameNode();
		if (!Node.isCallExpression(init) || init.getExpression().getText() !== 'require' || !Node.isObjectBindingPattern(name)) continue;
		const [arg] = init.getArguments();
		if (!Node.isStringLiteral(arg) || !DISCORD_JS.has(arg.getLiteralValue())) continue;
		for (const element of name.getElements()) {
			if ((element.getPropertyNameNode()?.getText() ?? element.getName()) === exported) names.add(element.getName());
		}
	}
	return names;
}

/** `GUILD_ROLE_CREATE` → `guildRoleCreate`: how OvenJS names the event of a dispatch. */
export function camelFromDispatch(dispatch: string): string {
	return dispatch.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}
