import { GatewayCloseCodes } from 'ovenjs/knowledge';
import { MockDiscordError } from '../errors/MockDiscordError.js';

/**
 * A protocol violation by a client: the connection must close with {@link closeCode}.
 * Thrown by payload handlers and caught by the connection, which closes only itself.
 */
export class GatewayCloseError extends MockDiscordError<'MOCK_GATEWAY_CLOSE'> {
	/** The WebSocket close code to send. */
	public readonly closeCode: number;

	public constructor(closeCode: number, detail: string) {
		const known = (GatewayCloseCodes as Record<number, { name: string } | undefined>)[closeCode];
		super('MOCK_GATEWAY_CLOSE', `${closeCode} ${known?.name ?? 'Unknown'}: ${detail}`);
		this.closeCode = closeCode;
	}

	/** The close reason sent on the wire. */
	public get reason(): string {
		return closeReason(this.message);
	}
}

/**
 * A close reason WebSocket accepts: at most 123 bytes. Client-supplied text can end up in
 * it, so it is reduced to printable ASCII, where bytes and characters agree; `ws` throws on
 * a longer one, which would take the whole server down.
 */
export function closeReason(text: string): string {
	return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 123);
}
