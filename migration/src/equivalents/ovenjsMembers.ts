import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ts } from 'ts-morph';

let classes: ReadonlyMap<string, ReadonlySet<string>> | undefined;

/** The members of each class `ovenjs` exports, read once from its typings (`dist/index.d.ts`). */
function ovenjsClasses(): ReadonlyMap<string, ReadonlySet<string>> {
	if (classes !== undefined) return classes;
	const found = new Map<string, Set<string>>();
	try {
		const typings = join(dirname(createRequire(import.meta.url).resolve('ovenjs/package.json')), 'dist/index.d.ts');
		const program = ts.createProgram([typings], { noEmit: true, skipLibCheck: true, strict: true, types: [] });
		const checker = program.getTypeChecker();
		const source = program.getSourceFile(typings);
		const module = source === undefined ? undefined : checker.getSymbolAtLocation(source);
		for (const exported of module === undefined ? [] : checker.getExportsOfModule(module)) {
			const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
			if (!(symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
			found.set(exported.name, new Set(checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(symbol)).map((p) => p.name)));
		}
	} catch {
		// No ovenjs typings to read: every member the table lacks is marked, as before.
	}
	classes = found;
	return classes;
}

/** Whether OvenJS's class `name` (an `ovenjs` export) has a member `member`. */
export function ovenjsHas(name: string, member: string): boolean {
	return ovenjsClasses().get(name)?.has(member) === true;
}

/** Whether `ovenjs`'s typings declare a class, interface or type `name` (read, so its members can be asked about). */
export function ovenjsKnows(name: string): boolean {
	return ovenjsClasses().has(name);
}
