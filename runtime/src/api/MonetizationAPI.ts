import type {
	RESTGetAPIEntitlementResult,
	RESTGetAPIEntitlementsQuery,
	RESTGetAPIEntitlementsResult,
	RESTGetAPISKUSubscriptionResult,
	RESTGetAPISKUSubscriptionsQuery,
	RESTGetAPISKUSubscriptionsResult,
	RESTGetAPISKUsResult,
	RESTPostAPIEntitlementJSONBody,
	RESTPostAPIEntitlementResult,
} from 'discord-api-types/v10';
import type { REST } from '../rest/REST.js';
import type { APIRequestOptions } from './APIRequestOptions.js';
import type { IdOf } from './IdOf.js';
import { call } from './_call.js';

/**
 * Premium apps: [SKUs](https://discord.com/developers/docs/resources/sku),
 * [entitlements](https://discord.com/developers/docs/resources/entitlement) and
 * [subscriptions](https://discord.com/developers/docs/resources/subscription).
 */
export class MonetizationAPI {
	/** The client every call goes through. */
	readonly rest: REST;

	constructor(rest: REST) {
		this.rest = rest;
	}

	/** [List SKUs](https://discord.com/developers/docs/resources/sku#list-skus). */
	getSKUs(applicationId: IdOf<'Application'>, options?: APIRequestOptions): Promise<RESTGetAPISKUsResult> {
		return call(this.rest, 'list_skus', { application_id: applicationId }, options);
	}

	/** [List Entitlements](https://discord.com/developers/docs/resources/entitlement#list-entitlements); filter by `user_id`, `guild_id`, `sku_ids`. */
	getEntitlements(
		applicationId: IdOf<'Application'>,
		query: RESTGetAPIEntitlementsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPIEntitlementsResult> {
		return call(this.rest, 'get_entitlements', { application_id: applicationId }, options, undefined, query);
	}

	/** [Get Entitlement](https://discord.com/developers/docs/resources/entitlement#get-entitlement). */
	getEntitlement(
		applicationId: IdOf<'Application'>,
		entitlementId: IdOf<'Entitlement'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPIEntitlementResult> {
		return call(this.rest, 'get_entitlement', { application_id: applicationId, entitlement_id: entitlementId }, options);
	}

	/** [Consume an Entitlement](https://discord.com/developers/docs/resources/entitlement#consume-an-entitlement): marks a one-time purchase used. */
	async consumeEntitlement(
		applicationId: IdOf<'Application'>,
		entitlementId: IdOf<'Entitlement'>,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'consume_entitlement', { application_id: applicationId, entitlement_id: entitlementId }, options);
	}

	/** [Create Test Entitlement](https://discord.com/developers/docs/resources/entitlement#create-test-entitlement): grants an SKU for free, to test premium features. */
	createTestEntitlement(
		applicationId: IdOf<'Application'>,
		body: RESTPostAPIEntitlementJSONBody,
		options?: APIRequestOptions,
	): Promise<RESTPostAPIEntitlementResult> {
		return call(this.rest, 'create_entitlement', { application_id: applicationId }, options, body);
	}

	/** [Delete Test Entitlement](https://discord.com/developers/docs/resources/entitlement#delete-test-entitlement). */
	async deleteTestEntitlement(
		applicationId: IdOf<'Application'>,
		entitlementId: IdOf<'Entitlement'>,
		options?: APIRequestOptions,
	): Promise<void> {
		await call(this.rest, 'delete_entitlement', { application_id: applicationId, entitlement_id: entitlementId }, options);
	}

	/** [List SKU Subscriptions](https://discord.com/developers/docs/resources/subscription#list-sku-subscriptions); `user_id` is required for non-subscription SKUs. */
	getSKUSubscriptions(
		skuId: IdOf<'SKU'>,
		query: RESTGetAPISKUSubscriptionsQuery = {},
		options?: APIRequestOptions,
	): Promise<RESTGetAPISKUSubscriptionsResult> {
		return call(this.rest, 'get_sku_subscriptions', { sku_id: skuId }, options, undefined, query);
	}

	/** [Get SKU Subscription](https://discord.com/developers/docs/resources/subscription#get-sku-subscription). */
	getSKUSubscription(
		skuId: IdOf<'SKU'>,
		subscriptionId: IdOf<'Subscription'>,
		options?: APIRequestOptions,
	): Promise<RESTGetAPISKUSubscriptionResult> {
		return call(this.rest, 'get_sku_subscription', { sku_id: skuId, subscription_id: subscriptionId }, options);
	}
}
