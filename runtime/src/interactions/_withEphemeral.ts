import { MessageFlags } from 'discord-api-types/v10';

/**
 * `body` with the Ephemeral flag added when `ephemeral` is true: only the user who triggered
 * the interaction sees the message. The one place the `ephemeral` option becomes the flag.
 * @internal
 */
export function _withEphemeral<T extends { readonly flags?: number | undefined }>(body: T, ephemeral: boolean | undefined): T {
	return ephemeral === true ? ({ ...body, flags: (body.flags ?? 0) | MessageFlags.Ephemeral } as T) : body;
}
