// The e2e applies the quick fix of this id (a number past 2^53 loses its last digits) from the light bulb.
export const guildId = 175928847299117063;
