import type { Row } from './_row.js';
import { coreRows, finalRows } from './core.js';
import { interactionRows } from './interactions.js';
import { moderationRows } from './moderation.js';
import { communityRows } from './community.js';
import { adminRows } from './admin.js';

/** Every row, in the order that builds the state later rows need; the bot leaves the guild last. */
export const areaRows: readonly Row[] = [...coreRows, ...interactionRows, ...moderationRows, ...communityRows, ...adminRows, ...finalRows];
