import { CHECKS, type CheckId } from '@ovenjs/analysis';
import { ruleFromCheck, type OvenRule } from './ruleFromCheck.js';

/** Every rule of the plugin, by id: one per check of the `@ovenjs/analysis` registry. */
export const rules = Object.fromEntries(CHECKS.map((check) => [check.id, ruleFromCheck(check)])) as Record<CheckId, OvenRule>;

/** A rule id of the plugin. */
export type RuleId = CheckId;
