import { EmbedBuilder } from 'discord.js';

export const welcome = new EmbedBuilder()
	.setTitle('Welcome to the bakery')
	.setDescription('Fresh **bread** every <t:1700000000:R>')
	.setColor(0xff8800)
	.addFields({ name: 'Rules', value: 'Be kind', inline: true });

export const announcement = new EmbedBuilder().setTitle('x'.repeat(300)).setFooter({ text: 'OvenJS e2e' });
