import { findPerItemRequests, BulkMessages } from '../../checkBulkOperations.js';
import { defineCheck } from '../../registry/CheckDefinition.js';

/** `prefer-bulk-operations`: Prefer bulk endpoints to per-item requests in loops (message deletes, role edits). */
export default defineCheck({
	id: 'prefer-bulk-operations',
	description: 'Prefer bulk endpoints to per-item requests in loops (message deletes, role edits).',
	kind: 'suggestion',
	messages: BulkMessages,
	codes: { 'per-message-delete': 93080, 'per-role-edit': 93081 },
	severity: 'warning',
	needsTypes: false,
	recommended: true,
	fixes: { autofix: false, suggestions: false },
	anyFile: false,
	run: (t, file, context) => findPerItemRequests(t, file, context.checker),
});
