import { MessageFlags } from 'discord-api-types/v10';

/**
 * `flags` with the Ephemeral flag added when `ephemeral` is true: only the user who triggered
 * the interaction sees the message. The one place the `ephemeral` option becomes the flag.
 * @internal
 */
export function _withEphemeral(flags: number | null | undefined, ephemeral: boolean | undefined): number {
	return ephemeral === true ? (flags ?? 0) | MessageFlags.Ephemeral : (flags ?? 0);
}
