import { MockDiscordError } from './MockDiscordError.js';

/** One problem in a scenario, located by its JSON path (e.g. `guilds[0].channels[2].type`). */
export interface ScenarioIssue {
	readonly path: string;
	readonly message: string;
}

/** A scenario file that does not describe a valid world. Lists every problem found, each with its JSON path. */
export class ScenarioError extends MockDiscordError<'MOCK_SCENARIO_INVALID'> {
	/** Every problem found, in document order. */
	public readonly issues: readonly ScenarioIssue[];

	public constructor(issues: readonly ScenarioIssue[], source = 'scenario') {
		const lines = issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
		super('MOCK_SCENARIO_INVALID', `Invalid ${source}; fix these and retry:\n${lines}`);
		this.issues = issues;
	}
}
