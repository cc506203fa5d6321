import type { GatewayReceivePayload, GatewaySendPayload } from 'discord-api-types/v10';
import { Inspector, type InspectorOptions } from 'ovenjs/inspector';
import type { RequestLogEntry } from '../http/RestPipeline.js';

/** What the mock hands its gateway and REST pipeline so that the inspector sees their traffic. */
export interface MockInspectorTaps {
	readonly inspector: Inspector;
	readonly gatewayTap: (shardId: number | null, direction: 'in' | 'out', text: string) => void;
	readonly onRequest: (entry: RequestLogEntry, durationMs: number) => void;
}

/**
 * The mock's side of the inspector stream: every gateway payload it sends and receives
 * (`shardId` -1 before IDENTIFY) and every REST request it answers, in the runtime
 * inspector's format, so the extension's Gateway Inspector can watch the mock as it watches
 * a bot. The inspector redacts every message (the bot token, IDENTIFY and RESUME tokens,
 * interaction and webhook tokens).
 */
export function mockInspector(token: string, options: InspectorOptions = {}): MockInspectorTaps {
	const inspector = new Inspector({
		source: 'mock',
		name: 'mock Discord',
		...options,
		secrets: [token, ...(options.secrets ?? [])],
	});
	let requests = 0;
	return {
		inspector,
		gatewayTap(shardId, direction, text) {
			let payload: GatewayReceivePayload | GatewaySendPayload;
			try {
				payload = JSON.parse(text) as GatewayReceivePayload | GatewaySendPayload;
			} catch {
				return; // the gateway closes on it; nothing to show
			}
			inspector.publishPacket(shardId ?? -1, {
				direction: direction === 'in' ? 'out' : 'in',
				payload,
				at: Date.now(),
			});
		},
		onRequest(entry, durationMs) {
			requests += 1;
			inspector.publish({
				type: 'rest',
				id: requests,
				method: entry.method,
				route: entry.route ?? entry.path,
				path: entry.query === undefined ? entry.path : `${entry.path}?${entry.query}`,
				status: entry.status,
				durationMs,
				attempt: 1,
				bucket: null,
				remaining: null,
				limit: null,
				resetAfterMs: null,
				...(entry.body === null ? {} : { requestBody: entry.body }),
				at: Date.now(),
			});
		},
	};
}
