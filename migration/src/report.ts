import type { MigrationReport } from './MigrationReport.js';

/**
 * The report as Markdown, for a maintainer to work through: a summary, the notes about the
 * project, the manual work left by kind, each file with changes or todos (its counts, and each
 * todo as a checkbox with `path:line`), then the files skipped.
 */
export function reportToMarkdown(report: MigrationReport): string {
	const { files, changed, todos, todosByTransform } = report.summary;
	const lines = ['# oven-migrate report', '', `${files} files, ${changed} changed, ${todos} left for a person.`, ''];
	if (report.notes.length > 0) lines.push('## The project', '', ...report.notes.map((note) => `- ${note}`), '');
	const kinds = Object.entries(todosByTransform).sort((a, b) => b[1] - a[1]);
	if (kinds.length > 0) {
		lines.push('## Left for a person, by kind', '', '| kind | todos |', '| --- | ---: |');
		for (const [kind, count] of kinds) lines.push(`| ${kind} | ${count} |`);
		lines.push('');
	}
	for (const file of report.files.filter((f) => f.changed || f.todos.length > 0)) {
		lines.push(
			`## ${file.path} (${file.changed ? 'changed' : 'unchanged'}, ${file.todos.length} todo${file.todos.length === 1 ? '' : 's'})`,
			'',
		);
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
