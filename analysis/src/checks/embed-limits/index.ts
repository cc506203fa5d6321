import { findEmbedProblems, EmbedMessages } from '../../checkEmbed.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `embed-limits`: Enforce Discord's embed limits: text lengths, 25 fields, 10 embeds, the 6,000-character total. */
export default defineCheck({
	id: 'embed-limits',
	description: "Enforce Discord's embed limits: text lengths, 25 fields, 10 embeds, the 6,000-character total.",
	kind: 'problem',
	messages: EmbedMessages,
	codes: { 'embed-text-too-long': 93001, 'embed-too-many-fields': 93002, 'message-too-many-embeds': 93003, 'embed-total-too-long': 93004 },
	severity: 'error',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file) => findEmbedProblems(t, file),
});
