/**
 * Discord's CDN: where avatars, icons, emojis and stickers are served, as pure URL builders.
 * @see https://discord.com/developers/docs/reference#image-formatting
 */

/** The CDN's base URL. */
export const CDN_BASE = 'https://cdn.discordapp.com';

/** The image sizes the CDN serves: powers of two from 16 to 4096. */
export const ImageSizes = [16, 32, 64, 128, 256, 512, 1024, 2048, 4096] as const;

/** One of {@link ImageSizes}. */
export type ImageSize = (typeof ImageSizes)[number];

/** The formats the CDN converts images to (`gif` only for animated hashes, which start with `a_`). */
export type ImageFormat = 'png' | 'jpg' | 'jpeg' | 'webp' | 'gif';

/** How to ask for an image. */
export interface ImageURLOptions {
	/** Default `webp`, or `gif` for an animated hash when `animated` is not false. */
	readonly extension?: ImageFormat;
	readonly size?: ImageSize;
	/** Whether an animated hash (`a_…`) gets its `gif`; default true. */
	readonly animated?: boolean;
}

/** `path/hash.ext?size=`, with the extension chosen as {@link ImageURLOptions} says. */
function image(path: string, hash: string, options: ImageURLOptions = {}): string {
	const extension = options.extension ?? (hash.startsWith('a_') && options.animated !== false ? 'gif' : 'webp');
	return `${CDN_BASE}/${path}/${hash}.${extension}${options.size === undefined ? '' : `?size=${options.size}`}`;
}

/** A user's avatar. @see https://discord.com/developers/docs/reference#image-formatting-cdn-endpoints */
export function userAvatarURL(userId: string, hash: string, options?: ImageURLOptions): string {
	return image(`avatars/${userId}`, hash, options);
}

/**
 * The avatar Discord shows for a user without one: `(id >> 22) % 6` for users on the new
 * username system (discriminator `0`), else the discriminator modulo 5.
 */
export function defaultAvatarURL(userId: string, discriminator = '0'): string {
	const index = discriminator === '0' || discriminator === '' ? Number((BigInt(userId) >> 22n) % 6n) : Number(discriminator) % 5;
	return `${CDN_BASE}/embed/avatars/${index}.png`;
}

/** A member's guild avatar. */
export function memberAvatarURL(guildId: string, userId: string, hash: string, options?: ImageURLOptions): string {
	return image(`guilds/${guildId}/users/${userId}/avatars`, hash, options);
}

/** A guild's icon. */
export function guildIconURL(guildId: string, hash: string, options?: ImageURLOptions): string {
	return image(`icons/${guildId}`, hash, options);
}

/** A guild's banner. */
export function guildBannerURL(guildId: string, hash: string, options?: ImageURLOptions): string {
	return image(`banners/${guildId}`, hash, options);
}

/** A role's icon. */
export function roleIconURL(roleId: string, hash: string, options?: ImageURLOptions): string {
	return image(`role-icons/${roleId}`, hash, options);
}

/** A custom emoji (`animated` emojis as `gif` by default). */
export function emojiURL(emojiId: string, options: ImageURLOptions & { readonly animatedEmoji?: boolean } = {}): string {
	const extension = options.extension ?? (options.animatedEmoji === true && options.animated !== false ? 'gif' : 'webp');
	return `${CDN_BASE}/emojis/${emojiId}.${extension}${options.size === undefined ? '' : `?size=${options.size}`}`;
}

/** A sticker: `png` (and APNG), `json` (Lottie) or `gif`, by its format type (1 png, 2 apng, 3 lottie, 4 gif). */
export function stickerURL(stickerId: string, formatType: number): string {
	const extension = formatType === 3 ? 'json' : formatType === 4 ? 'gif' : 'png';
	return `${CDN_BASE}/stickers/${stickerId}.${extension}`;
}
