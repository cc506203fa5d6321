import type { IncomingMessage } from 'node:http';
import { restError } from '../errors/RestError.js';

/** A file uploaded in a multipart request (`files[n]`). */
export interface UploadedFile {
	/** The index n of the `files[n]` field. */
	readonly index: number;
	readonly filename: string;
	readonly contentType: string;
	readonly size: number;
	/** The file's bytes. */
	readonly data: Buffer;
}

/** A parsed request body. */
export interface ParsedBody {
	/** The JSON payload (`payload_json` for multipart), undefined when the request had none. */
	readonly json: unknown;
	readonly files: readonly UploadedFile[];
	/** The raw size in bytes. */
	readonly size: number;
}

/** Reads the whole body, answering 413 once it passes `maxBytes`. */
async function readRaw(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
	const declared = Number(request.headers['content-length'] ?? '0');
	if (declared > maxBytes) {
		request.resume();
		throw restError('payloadTooLarge');
	}
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > maxBytes) {
			request.resume();
			throw restError('payloadTooLarge');
		}
		chunks.push(chunk);
	}
	return Buffer.concat(chunks);
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw restError('invalidJson');
	}
}

/**
 * Parses a JSON or multipart body. Multipart takes `payload_json` (or `attachments`-style
 * fields) and `files[n]` parts. An empty body is `undefined`; a body of any other content
 * type is answered as Discord does for a body it cannot read: 50109 invalid JSON.
 */
export async function readBody(request: IncomingMessage, maxBytes: number): Promise<ParsedBody> {
	const raw = await readRaw(request, maxBytes);
	if (raw.length === 0) return { json: undefined, files: [], size: 0 };
	const type = (request.headers['content-type'] ?? '').toLowerCase();
	if (type.startsWith('application/json')) return { json: parseJson(raw.toString('utf8')), files: [], size: raw.length };
	if (type.startsWith('multipart/form-data')) {
		let form: FormData;
		try {
			form = await new Response(raw, { headers: { 'content-type': type } }).formData();
		} catch {
			throw restError('invalidJson');
		}
		const files: UploadedFile[] = [];
		let json: unknown;
		const fields: Record<string, string> = {};
		for (const [name, value] of form.entries()) {
			if (name === 'payload_json' && typeof value === 'string') json = parseJson(value);
			else if (typeof value === 'string') fields[name] = value;
			const match = /^files\[(\d+)\]$/.exec(name) ?? /^file(\d*)$/.exec(name) ?? /^(?:target_users_)file()$/.exec(name);
			if (match !== null && typeof value !== 'string') {
				files.push({
					index: Number(match[1] || 0),
					filename: value.name,
					contentType: value.type || 'application/octet-stream',
					size: value.size,
					data: Buffer.from(await value.arrayBuffer()),
				});
			}
		}
		// Forms without payload_json (sticker uploads) carry their fields as plain parts.
		if (json === undefined && Object.keys(fields).length > 0) json = fields;
		return { json, files, size: raw.length };
	}
	throw restError('invalidJson');
}
