import type { RESTGetAPIGatewayBotResult, RESTGetAPIGatewayResult } from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import { call } from './_call.js';

/** Where to connect, after Discord's [gateway docs](https://discord.com/developers/docs/events/gateway#get-gateway). */
export class GatewayAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [Get Gateway](https://discord.com/developers/docs/events/gateway#get-gateway): the WebSocket URL. */
	get(options?: APIRequestOptions): Promise<RESTGetAPIGatewayResult> {
		return call(this.rest, 'get_gateway', {}, options);
	}

	/** [Get Gateway Bot](https://discord.com/developers/docs/events/gateway#get-gateway-bot): URL, recommended shards and the session start limit. */
	getBot(options?: APIRequestOptions): Promise<RESTGetAPIGatewayBotResult> {
		return call(this.rest, 'get_bot_gateway', {}, options);
	}
}
