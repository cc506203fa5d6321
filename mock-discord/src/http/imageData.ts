import { createHash } from 'node:crypto';
import { formError } from './formErrors.js';

/** A decoded data URI upload. */
export interface DataUpload {
	/** The asset hash Discord would give it: 32 hex digits, `a_` first when animated. */
	readonly hash: string;
	readonly mime: string;
	readonly bytes: number;
	readonly animated: boolean;
}

const IMAGE = /^data:(image\/(?:png|jpe?g|gif|webp|avif));base64,([A-Za-z0-9+/=\s]+)$/;
const AUDIO = /^data:(audio\/(?:mpeg|mp3|ogg));base64,([A-Za-z0-9+/=\s]+)$/;

function read(value: unknown, field: string, maxBytes: number, pattern: RegExp, kind: string): DataUpload {
	const match = typeof value === 'string' ? pattern.exec(value) : null;
	if (match === null) throw formError([field], `${kind}_INVALID`, `Invalid ${kind.toLowerCase()} data`);
	const data = Buffer.from(match[2] as string, 'base64');
	if (data.length === 0) throw formError([field], `${kind}_INVALID`, `Invalid ${kind.toLowerCase()} data`);
	if (data.length > maxBytes)
		throw formError([field], 'BINARY_TYPE_MAX_SIZE', `File cannot be larger than ${(maxBytes / 1024).toFixed(1)} kb.`);
	const mime = match[1] as string;
	const animated = mime === 'image/gif';
	const digest = createHash('md5').update(data).digest('hex');
	return { hash: animated ? `a_${digest}` : digest, mime, bytes: data.length, animated };
}

/**
 * Reads an image sent as a data URI (`data:image/png;base64,...`), as Discord takes avatars,
 * icons and emojis; a malformed one or one over `maxBytes` is 50035 on `field`.
 * @see https://discord.com/developers/docs/reference#image-data
 */
export function readImageData(value: unknown, field: string, maxBytes = 10 * 1024 * 1024): DataUpload {
	return read(value, field, maxBytes, IMAGE, 'IMAGE');
}

/** Reads a sound sent as a data URI (`data:audio/ogg;base64,...`), as soundboard uploads are. */
export function readAudioData(value: unknown, field: string, maxBytes = 512 * 1024): DataUpload {
	return read(value, field, maxBytes, AUDIO, 'AUDIO');
}
