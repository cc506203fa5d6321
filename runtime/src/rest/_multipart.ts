import { openAsBlob } from 'node:fs';
import { FormData } from 'undici';
import { InvalidRESTOptionError } from './errors/InvalidRESTOptionError.js';
import type { RawFile } from './RequestOptions.js';

/** Reads a {@link RawFile} into a `Blob` (typed with its `contentType`, when it has one). */
export async function toBlob(file: RawFile): Promise<Blob> {
	const type = file.contentType === undefined ? {} : { type: file.contentType };
	if ('data' in file) return new Blob([typeof file.data === 'string' ? file.data : new Uint8Array(file.data)], type);
	if ('path' in file) return openAsBlob(file.path, type);
	const chunks: Uint8Array[] = [];
	for await (const chunk of file.stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
	return new Blob(chunks, type);
}

/**
 * Reads the files once (streams are buffered so that a retry can resend them) and returns a
 * builder of fresh `FormData` per attempt: `files[n]` fields plus `payload_json`.
 * @see https://discord.com/developers/docs/reference#uploading-files
 */
export async function prepareMultipart(files: readonly RawFile[], json: unknown): Promise<() => FormData> {
	const blobs = await Promise.all(
		files.map(async (file, index) => {
			try {
				return await toBlob(file);
			} catch (error) {
				throw new InvalidRESTOptionError(
					`files[${index}] (${file.name}) could not be read: ${(error as Error).message}. Check the path or stream.`,
					{ cause: error },
				);
			}
		}),
	);
	const payload = json === undefined ? undefined : JSON.stringify(json);
	return () => {
		const form = new FormData();
		blobs.forEach((blob, index) => {
			const file = files[index];
			if (file !== undefined) form.append(file.key ?? `files[${index}]`, blob, file.name);
		});
		if (payload !== undefined) form.append('payload_json', payload);
		return form;
	};
}
