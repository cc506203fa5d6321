import type { MigrationReport } from './MigrationReport.js';

/** The report as Markdown: a summary, each file with changes or todos (todos as `path:line`), then the files skipped. */
export function reportToMarkdown(report: MigrationReport): string {
	const { files, changed, todos } = report.summary;
	const lines = ['# oven-migrate report', '', `${files} files, ${changed} changed, ${todos} left for a person.`, ''];
	for (const file of report.files.filter((f) => f.changed || f.todos.length > 0)) {
		lines.push(`## ${file.path}${file.changed ? '' : ' (unchanged)'}`, '');
		for (const todo of file.todos) lines.push(`- [ ] \`${file.path}:${todo.line}\` ${todo.message}`);
		if (file.todos.length > 0) lines.push('');
	}
	if (report.skipped.length > 0) {
		lines.push('## Skipped', '');
		for (const file of report.skipped) lines.push(`- \`${file.path}\` ${file.reason}`);
		lines.push('');
	}
	return lines.join('\n');
}
