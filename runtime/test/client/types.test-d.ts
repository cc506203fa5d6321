import {
	GatewayIntentBits,
	type APIMessage,
	type GatewayDispatchEvents,
	type GatewayVoiceServerUpdateDispatchData,
} from 'discord-api-types/v10';
import {
	type CamelCaseEvent,
	type ClientEventMap,
	type DispatchEventName,
	createClient,
	type Client,
	type Message,
	type Snowflake,
	toSnowflake,
	type Member,
	type Guild,
	type Interaction,
	type Channel,
	type Ban,
	type MessageRecord,
	type TypingStart,
} from 'ovenjs';
import { expectTypeOf } from 'vitest';

const token = 'x';

// ── Branded snowflakes ────────────────────────────────────────────────────────
declare const channelId: Snowflake<'Channel'>;
declare const guildId: Snowflake<'Guild'>;
declare const plain: string;

expectTypeOf(channelId).toExtend<string>();
expectTypeOf(guildId).toExtend<string>();
expectTypeOf(channelId).not.toExtend<Snowflake<'Guild'>>();
expectTypeOf(guildId).not.toExtend<Snowflake<'Channel'>>();
expectTypeOf(plain).not.toExtend<Snowflake<'Channel'>>();
// @ts-expect-error a channel id is not a guild id
const wrongKind: Snowflake<'Guild'> = channelId;
// @ts-expect-error a plain string is not a snowflake until branded
const unbranded: Snowflake<'Channel'> = plain;
const asString: string = channelId;
expectTypeOf(toSnowflake<'Role'>('123456789012345678')).toEqualTypeOf<Snowflake<'Role'>>();
(void wrongKind, unbranded, asString);

// Views carry branded ids.
declare const anyMessage: Message;
expectTypeOf(anyMessage.id).toEqualTypeOf<Snowflake<'Message'>>();
expectTypeOf(anyMessage.channelId).toEqualTypeOf<Snowflake<'Channel'>>();
expectTypeOf(anyMessage.guildId).toEqualTypeOf<Snowflake<'Guild'> | undefined>();
expectTypeOf(anyMessage.author.id).toEqualTypeOf<Snowflake<'User'>>();
declare const member: Member;
expectTypeOf(member.roles.ids).toEqualTypeOf<readonly Snowflake<'Role'>[]>();
// @ts-expect-error a role write takes a role id, not a channel id
void member.roles.add(channelId);
// @ts-expect-error nor a plain string
void member.roles.add(plain);

// ── Intents in the client's type ──────────────────────────────────────────────
const guildsOnly = createClient({ token, intents: ['Guilds'] });
// @ts-expect-error messageCreate needs GuildMessages or DirectMessages
guildsOnly.on('messageCreate', () => {});
// @ts-expect-error typingStart needs GuildMessageTyping or DirectMessageTyping
guildsOnly.on('typingStart', () => {});
// @ts-expect-error guildMemberAdd needs GuildMembers
guildsOnly.on('guildMemberAdd', () => {});
guildsOnly.on('guildCreate', (guild, shardId) => {
	expectTypeOf(guild).toEqualTypeOf<Guild>();
	expectTypeOf(shardId).toEqualTypeOf<number>();
});
// Intent-free events and lifecycle events are always allowed.
guildsOnly.on('interactionCreate', (interaction) => expectTypeOf(interaction).toEqualTypeOf<Interaction>());
guildsOnly.on('ready', () => {});
guildsOnly.on('raw', (packet, shardId) => {
	expectTypeOf(packet.direction).toEqualTypeOf<'in' | 'out'>();
	expectTypeOf(shardId).toEqualTypeOf<number>();
});
guildsOnly.on('error', (error) => expectTypeOf(error).toExtend<Error>());
// @ts-expect-error not an event at all
guildsOnly.on('messageCreated', () => {});

const noContent = createClient({ token, intents: ['Guilds', 'GuildMessages'] });
noContent.on('messageCreate', (message) => {
	expectTypeOf(message.content).toEqualTypeOf<string | undefined>();
	// @ts-expect-error possibly undefined without MessageContent
	message.content.toUpperCase();
});
noContent.on('channelCreate', (channel) => expectTypeOf(channel).toEqualTypeOf<Channel>());

const withContent = createClient({ token, intents: ['Guilds', 'GuildMessages', 'MessageContent'] });
withContent.on('messageCreate', async (message) => {
	expectTypeOf(message.content).toEqualTypeOf<string>();
	const reply = await message.reply('pong');
	expectTypeOf(reply.content).toEqualTypeOf<string>();
});

// DMs alone enable messageCreate too.
const dmOnly = createClient({ token, intents: ['DirectMessages'] });
dmOnly.on('messageCreate', (message) => expectTypeOf(message.content).toEqualTypeOf<string | undefined>());

// GatewayIntentBits values keep the same inference.
const fromBits = createClient({
	token,
	intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
});
fromBits.on('messageCreate', (message) => expectTypeOf(message.content).toEqualTypeOf<string>());
const bitsNoMessages = createClient({ token, intents: [GatewayIntentBits.Guilds] });
// @ts-expect-error messageCreate needs a message intent
bitsNoMessages.on('messageCreate', () => {});
// The deprecated alias names the same intent.
const alias = createClient({ token, intents: [GatewayIntentBits.GuildBans] });
alias.on('guildBanAdd', () => {});

// Dispatches that carry no entity get discord-api-types' data; the others, structures.
const typing = createClient({ token, intents: ['GuildMessageTyping', 'GuildVoiceStates'] });
typing.on('typingStart', (data) => expectTypeOf(data).toEqualTypeOf<TypingStart>());
typing.on('voiceServerUpdate', (data) => expectTypeOf(data).toEqualTypeOf<GatewayVoiceServerUpdateDispatchData>());

// A list the compiler cannot see allows every event, with content possibly undefined.
declare const dynamic: ('Guilds' | 'MessageContent')[];
const wide = createClient({ token, intents: dynamic });
wide.on('messageCreate', (message) => expectTypeOf(message.content).toEqualTypeOf<string | undefined>());
expectTypeOf(wide).toEqualTypeOf<Client>();

// The raw record is discord-api-types' payload, or the cache's record.
expectTypeOf(anyMessage.raw).toEqualTypeOf<MessageRecord>();
expectTypeOf<APIMessage>().toExtend<MessageRecord>();

// A message view of a MessageContent client is a Message too.
expectTypeOf<Message<string>>().toExtend<Message>();

// Every dispatch has a camelCase event derived from discord-api-types' names.
expectTypeOf<CamelCaseEvent<'MESSAGE_REACTION_REMOVE_ALL'>>().toEqualTypeOf<'messageReactionRemoveAll'>();
expectTypeOf<DispatchEventName>().toEqualTypeOf<CamelCaseEvent<Exclude<`${GatewayDispatchEvents}`, 'READY' | 'RESUMED'>>>();
expectTypeOf<ClientEventMap['guildBanAdd']>().toEqualTypeOf<[data: Ban, shardId: number]>();
