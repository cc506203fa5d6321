import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

// RuleTester drives whatever test framework it is handed; these make it vitest's.
RuleTester.afterAll = afterAll;
RuleTester.it = it;
RuleTester.itOnly = it.only;
RuleTester.describe = describe;

/** A RuleTester on `@typescript-eslint/parser` without type information. */
export const ruleTester = new RuleTester();
