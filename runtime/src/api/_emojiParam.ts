/**
 * An emoji as a reaction route takes it: a Unicode emoji as is, a custom one as `name:id`.
 * Accepts `👍`, `name:id` and the message form `<:name:id>` / `<a:name:id>`. The route builder
 * URI-encodes it.
 * @see https://discord.com/developers/docs/resources/message#create-reaction
 */
export function emojiParam(emoji: string): string {
	const custom = /^<a?:(\w+):(\d+)>$/.exec(emoji);
	return custom === null ? emoji : `${custom[1]}:${custom[2]}`;
}
