/**
 * Prints how many of Discord's bot-relevant REST operations the mock serves, per area, and
 * what is missing. `npm run coverage -w @ovenjs/mock-discord`; `--json` for the raw figures.
 */
import { allRoutes, OpenApiSpec, routeCoverage } from '../src/index.js';

const coverage = routeCoverage(allRoutes, OpenApiSpec.shared());
if (process.argv.includes('--json')) {
	process.stdout.write(`${JSON.stringify(coverage, null, 2)}\n`);
} else {
	const pct = (served: number, total: number): string => `${((100 * served) / total).toFixed(1)} %`;
	const width = Math.max(...coverage.areas.map((a) => a.area.length), 5);
	process.stdout.write(`${'area'.padEnd(width)}  served/total\n`);
	for (const area of coverage.areas) {
		process.stdout.write(
			`${area.area.padEnd(width)}  ${`${area.served}/${area.total}`.padStart(7)}  ${pct(area.served, area.total).padStart(7)}\n`,
		);
	}
	process.stdout.write(
		`${'total'.padEnd(width)}  ${`${coverage.served}/${coverage.total}`.padStart(7)}  ${pct(coverage.served, coverage.total).padStart(7)}\n`,
	);
	const missing = coverage.areas.flatMap((a) => a.missing);
	if (missing.length > 0) process.stdout.write(`\nnot served (${missing.length}):\n${missing.map((m) => `  ${m}`).join('\n')}\n`);
	if (coverage.extra.length > 0)
		process.stdout.write(`\nserved but not in Discord's description:\n${coverage.extra.map((m) => `  ${m}`).join('\n')}\n`);
}
