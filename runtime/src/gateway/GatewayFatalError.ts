import { GatewayCloseCodes, type GatewayCloseCodeInfo } from '../knowledge/index.js';
import { GatewayError } from './GatewayError.js';

/**
 * The gateway closed with a code after which reconnecting cannot help (4004, 4010–4014 in
 * {@link GatewayCloseCodes}): a bad token, shard or intents. The shard stops and does not
 * reconnect; the message says what to change.
 */
export class GatewayFatalError extends GatewayError<'GATEWAY_FATAL'> {
	/** The WebSocket close code the gateway sent. */
	public readonly closeCode: number;
	/** The shard that was closed. */
	public readonly shardId: number;
	/** The close reason the gateway sent (may be empty). */
	public readonly reason: string;

	public constructor(shardId: number, closeCode: number, reason: string) {
		const info: GatewayCloseCodeInfo | undefined = (GatewayCloseCodes as Record<number, GatewayCloseCodeInfo>)[closeCode];
		const what = info === undefined ? `close code ${closeCode}` : `${closeCode} ${info.name}: ${info.description}`;
		super(
			'GATEWAY_FATAL',
			`Shard ${shardId} was closed by the gateway with ${what}${reason === '' ? '' : ` (${reason})`} Fix the configuration; the shard will not reconnect.`,
		);
		this.closeCode = closeCode;
		this.shardId = shardId;
		this.reason = reason;
	}
}
