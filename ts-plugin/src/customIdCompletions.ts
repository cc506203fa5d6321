import type ts from 'typescript';
import { customIdCompletions, customIdSiteAt, readProducedCustomIds, type ProducedCustomId } from '@ovenjs/analysis';

// Produced ids per SourceFile object; TypeScript makes a new one on every edit, so entries never go stale.
const producedCache = new WeakMap<ts.SourceFile, readonly ProducedCustomId[]>();

/** Every custom_id the program's own files produce (declaration files and node_modules left out). */
export function projectCustomIds(t: typeof ts, program: ts.Program): { id: ProducedCustomId; fileName: string }[] {
	const out: { id: ProducedCustomId; fileName: string }[] = [];
	for (const file of program.getSourceFiles()) {
		if (file.isDeclarationFile || program.isSourceFileFromExternalLibrary(file) || file.fileName.includes('/node_modules/')) continue;
		let ids = producedCache.get(file);
		if (ids === undefined) {
			ids = readProducedCustomIds(t, file);
			producedCache.set(file, ids);
		}
		for (const id of ids) out.push({ id, fileName: file.fileName });
	}
	return out;
}

/**
 * The completion answer at a custom_id handler site: TypeScript's entries plus the project's
 * custom_ids it lacks, each labelled with its kind and file. Undefined when `position` is not
 * such a site, or nothing is known to offer.
 */
export function customIdCompletionInfo(
	t: typeof ts,
	program: ts.Program,
	file: ts.SourceFile,
	position: number,
	prior: ts.CompletionInfo | undefined,
): ts.CompletionInfo | undefined {
	const site = customIdSiteAt(t, file, position);
	if (site === undefined) return undefined;
	const start = site.literal.getStart(file) + 1;
	const known = new Set(prior?.entries.map((entry) => entry.name));
	const entries = customIdCompletions(site, projectCustomIds(t, program))
		.filter((id) => !known.has(id.name))
		.map((id): ts.CompletionEntry => ({
			name: id.name,
			kind: t.ScriptElementKind.string,
			kindModifiers: '',
			sortText: '11',
			replacementSpan: { start, length: site.literal.text.length },
			labelDetails: {
				description: `${id.kind === 'unknown' ? 'custom_id' : id.kind} · ${id.fileName.slice(id.fileName.lastIndexOf('/') + 1)}`,
			},
		}));
	if (entries.length === 0) return undefined;
	return prior === undefined
		? { isGlobalCompletion: false, isMemberCompletion: false, isNewIdentifierLocation: true, entries }
		: { ...prior, entries: [...prior.entries, ...entries] };
}
