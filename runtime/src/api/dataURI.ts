import { extname } from 'node:path';
import { toBlob } from '../rest/_multipart.js';
import { InvalidRESTOptionError } from '../rest/errors/InvalidRESTOptionError.js';
import type { RawFile } from '../rest/RequestOptions.js';

/**
 * Media types Discord takes as data URIs, by file extension: images for avatars, icons, banners,
 * emojis and event covers (JPG, PNG, GIF; WebP and AVIF where animated assets are allowed), and
 * MP3 or Ogg for soundboard sounds.
 * @see https://discord.com/developers/docs/reference#image-data
 * @see https://discord.com/developers/docs/resources/soundboard#create-guild-soundboard-sound
 */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.png': 'image/png',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.mp3': 'audio/mpeg',
	'.ogg': 'audio/ogg',
};

/**
 * Reads `file` into the data URI Discord takes for images and sounds
 * (`data:image/png;base64,…`). The media type is `file.contentType`, else guessed from the
 * file name's extension.
 * @throws {InvalidRESTOptionError} the file cannot be read, or its type is neither given nor guessable.
 * @example
 * await api.users.editCurrent({ avatar: await toDataURI({ name: 'bread.png', path: './bread.png' }) });
 */
export async function toDataURI(file: RawFile): Promise<string> {
	const type = file.contentType ?? MEDIA_TYPES[extname(file.name).toLowerCase()];
	if (type === undefined) {
		throw new InvalidRESTOptionError(
			`${file.name}: cannot tell its media type from the extension; set contentType (e.g. 'image/png') or use one of ${Object.keys(MEDIA_TYPES).join(', ')}.`,
		);
	}
	let bytes: ArrayBuffer;
	try {
		bytes = await (await toBlob(file)).arrayBuffer();
	} catch (error) {
		throw new InvalidRESTOptionError(`${file.name} could not be read: ${(error as Error).message}. Check the path or stream.`, {
			cause: error,
		});
	}
	return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

/**
 * `Body` whose data-URI fields `Keys` (an avatar, an icon, an emoji's image, a sound) also take a
 * {@link RawFile}, which the method reads into a data URI with {@link toDataURI}.
 */
export type WithFileFields<Body, Keys extends keyof Body> = { [Key in keyof Body]: Key extends Keys ? Body[Key] | RawFile : Body[Key] };
