/** JSON Schema (2020-12) of {@link Scenario}. Referential checks live in validateScenario. */
const snowflake = { type: 'string', pattern: '^[0-9]{1,20}$' } as const;
const bits = { type: 'string', pattern: '^[0-9]{1,30}$' } as const;

export const scenarioSchema = {
	type: 'object',
	additionalProperties: false,
	properties: {
		$schema: { type: 'string' },
		application: {
			type: 'object',
			additionalProperties: false,
			properties: { id: snowflake, name: { type: 'string', minLength: 1, maxLength: 32 } },
		},
		bot: {
			type: 'object',
			additionalProperties: false,
			properties: {
				id: snowflake,
				username: { type: 'string', minLength: 2, maxLength: 32 },
				token: { type: 'string', minLength: 1 },
			},
		},
		privilegedIntents: { type: 'integer', minimum: 0 },
		limits: { type: 'object' },
		gateway: {
			type: 'object',
			additionalProperties: false,
			properties: {
				shards: { type: 'integer', minimum: 1, maximum: 65535 },
				maxConcurrency: { type: 'integer', minimum: 1, maximum: 1024 },
				sessionStartLimit: { type: 'integer', minimum: 1 },
			},
		},
		skus: {
			type: 'array',
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['name', 'type'],
				properties: { id: snowflake, name: { type: 'string', minLength: 1, maxLength: 100 }, type: { enum: [2, 3, 5, 6] } },
			},
		},
		users: {
			type: 'array',
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['username'],
				properties: {
					id: snowflake,
					username: { type: 'string', minLength: 2, maxLength: 32 },
					global_name: { type: ['string', 'null'] },
					bot: { type: 'boolean' },
				},
			},
		},
		guilds: {
			type: 'array',
			items: {
				type: 'object',
				additionalProperties: false,
				required: ['name'],
				properties: {
					id: snowflake,
					name: { type: 'string', minLength: 2, maxLength: 100 },
					owner_id: snowflake,
					everyone_permissions: bits,
					roles: {
						type: 'array',
						items: {
							type: 'object',
							additionalProperties: false,
							required: ['name', 'permissions'],
							properties: {
								id: snowflake,
								name: { type: 'string', minLength: 1, maxLength: 100 },
								permissions: bits,
								color: { type: 'integer', minimum: 0, maximum: 0xffffff },
								position: { type: 'integer', minimum: 0 },
								hoist: { type: 'boolean' },
								mentionable: { type: 'boolean' },
							},
						},
					},
					channels: {
						type: 'array',
						items: {
							type: 'object',
							additionalProperties: false,
							required: ['name', 'type'],
							properties: {
								id: snowflake,
								name: { type: 'string', minLength: 1, maxLength: 100 },
								type: { enum: [0, 2, 4, 5, 10, 11, 12, 13, 15] },
								parent_id: snowflake,
								topic: { type: 'string', maxLength: 1024 },
								position: { type: 'integer', minimum: 0 },
								nsfw: { type: 'boolean' },
								permission_overwrites: {
									type: 'array',
									items: {
										type: 'object',
										additionalProperties: false,
										required: ['id', 'type'],
										properties: { id: snowflake, type: { enum: [0, 1] }, allow: bits, deny: bits },
									},
								},
							},
						},
					},
					members: {
						type: 'array',
						items: {
							type: 'object',
							additionalProperties: false,
							required: ['user_id'],
							properties: {
								user_id: snowflake,
								roles: { type: 'array', items: snowflake },
								nick: { type: ['string', 'null'] },
							},
						},
					},
					premium_tier: { enum: [0, 1, 2, 3] },
					emojis: {
						type: 'array',
						items: {
							type: 'object',
							additionalProperties: false,
							required: ['name'],
							properties: { id: snowflake, name: { type: 'string', pattern: '^[A-Za-z0-9_]{2,32}$' }, animated: { type: 'boolean' } },
						},
					},
					stickers: {
						type: 'array',
						items: {
							type: 'object',
							additionalProperties: false,
							required: ['name'],
							properties: {
								id: snowflake,
								name: { type: 'string', minLength: 2, maxLength: 30 },
								description: { type: 'string', maxLength: 100 },
								tags: { type: 'string', minLength: 1, maxLength: 200 },
							},
						},
					},
				},
			},
		},
	},
} as const;
