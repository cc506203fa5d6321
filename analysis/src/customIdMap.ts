import type ts from 'typescript';
import { customIdReads } from './_customIdReads.js';
import { finding, formatMessage, type Finding } from './Finding.js';
import {
	customIdMatches,
	readHandledCustomIds,
	readProducedCustomIds,
	type HandledCustomId,
	type ProducedCustomId,
} from './readCustomIds.js';

/** Code that handles component interactions, with a label for people (`'confirm'`, `'vote:…'`). */
export interface CustomIdHandler {
	readonly label: string;
	readonly handled: HandledCustomId;
	readonly node: ts.Node;
}

/** The project's custom_ids, produced and handled, and the project-wide custom_id findings. */
export interface CustomIdMap {
	readonly produced: readonly ProducedCustomId[];
	readonly handlers: readonly CustomIdHandler[];
	readonly findings: readonly Finding<CustomIdMapFindingCode>[];
}

/** Message templates of the custom_id checks. */
export const CustomIdMessages = {
	'custom-id-not-handled':
		'Nothing handles the custom_id {id}: using it fails with "This interaction failed". Compare interaction.customId with it where you handle components.',
	'custom-id-not-produced':
		'No component or modal has the custom_id {id}, so this handler never runs. Check the spelling against setCustomId/custom_id.',
} as const;

/** A finding code of the project-wide custom_id checks. */
export type CustomIdMapFindingCode = keyof typeof CustomIdMessages;

function label(handled: HandledCustomId): string {
	const affix = { exact: '', prefix: '…', suffix: '', contains: '…', pattern: '' }[handled.match];
	const lead = handled.match === 'suffix' || handled.match === 'contains' ? '…' : '';
	return `'${lead}${handled.id}${affix}'`;
}

/**
 * Reads the custom_ids the whole project produces and handles (`readProducedCustomIds` and
 * `readHandledCustomIds`, matched with `customIdMatches`) and reports
 * ids handled nowhere and handlers no produced id reaches. Silent on a side that the
 * analysis cannot fully read: an id with no static part silences `custom-id-not-produced`,
 * a custom_id read other than a comparison (`handlers.get(interaction.customId)`) silences
 * `custom-id-not-handled`, so a report is always real.
 */
export function readCustomIdMap(t: typeof ts, files: readonly ts.SourceFile[]): CustomIdMap {
	const produced: ProducedCustomId[] = [];
	const handled: HandledCustomId[] = [];
	let producedUnknown = false;
	let handledUnknown = false;
	for (const file of files) {
		produced.push(...readProducedCustomIds(t, file));
		handled.push(...readHandledCustomIds(t, file));
		const reads = customIdReads(t, file);
		if (reads.opaqueIds > 0) producedUnknown = true;
		if (reads.dynamicReads > 0) handledUnknown = true;
	}
	const findings: Finding<CustomIdMapFindingCode>[] = [];
	if (!handledUnknown) {
		for (const id of produced) {
			if (handled.some((h) => customIdMatches(id, h))) continue;
			const data = { id: `'${id.id}'` };
			findings.push(finding(id.node, 'custom-id-not-handled', formatMessage(CustomIdMessages['custom-id-not-handled'], data), data));
		}
	}
	if (!producedUnknown) {
		for (const h of handled) {
			if (produced.some((id) => customIdMatches(id, h))) continue;
			const data = { id: label(h) };
			findings.push(finding(h.node, 'custom-id-not-produced', formatMessage(CustomIdMessages['custom-id-not-produced'], data), data));
		}
	}
	return { produced, handlers: handled.map((h) => ({ label: label(h), handled: h, node: h.node })), findings };
}
