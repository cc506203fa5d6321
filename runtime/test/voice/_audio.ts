import OpusScript from 'opusscript';

/** 48 kHz stereo, as Discord's voice expects. */
export const RATE = 48_000;
const FRAME = 960;

/** `seconds` of a sine at `hz`, as 16-bit little-endian stereo PCM. */
export function sinePcm(hz: number, seconds: number, amplitude = 0.4): Buffer {
	const samples = Math.round(RATE * seconds);
	const pcm = Buffer.alloc(samples * 4);
	for (let i = 0; i < samples; i += 1) {
		const value = Math.round(Math.sin((2 * Math.PI * hz * i) / RATE) * amplitude * 32767);
		pcm.writeInt16LE(value, i * 4);
		pcm.writeInt16LE(value, i * 4 + 2);
	}
	return pcm;
}

/** The sine as 20 ms Opus frames, from the WASM libopus of `opusscript`. */
export function sineOpus(hz: number, seconds: number): Buffer[] {
	const encoder = new OpusScript(RATE, 2, OpusScript.Application.AUDIO);
	try {
		const pcm = sinePcm(hz, seconds);
		const frames: Buffer[] = [];
		for (let offset = 0; offset + FRAME * 4 <= pcm.length; offset += FRAME * 4)
			frames.push(Buffer.from(encoder.encode(pcm.subarray(offset, offset + FRAME * 4), FRAME)));
		return frames;
	} finally {
		encoder.delete();
	}
}

/** Decodes Opus frames back to 16-bit stereo PCM. */
export function decodeOpus(frames: readonly Buffer[]): Buffer {
	const decoder = new OpusScript(RATE, 2, OpusScript.Application.AUDIO);
	try {
		return Buffer.concat(frames.map((frame) => Buffer.from(decoder.decode(frame))));
	} finally {
		decoder.delete();
	}
}

/** The frequency of a pure tone in stereo PCM, from the rising zero crossings of its left channel (edges trimmed). */
export function toneFrequency(pcm: Buffer): number {
	const samples = pcm.length / 4;
	const from = Math.floor(samples * 0.1);
	const to = Math.floor(samples * 0.9);
	let rising = 0;
	let first = -1;
	let last = -1;
	for (let i = from + 1; i < to; i += 1) {
		if (pcm.readInt16LE((i - 1) * 4) < 0 && pcm.readInt16LE(i * 4) >= 0) {
			if (first < 0) first = i;
			last = i;
			rising += 1;
		}
	}
	return rising < 2 ? 0 : ((rising - 1) * RATE) / (last - first);
}

/** Opus's three-byte silence frame, which players send after audio stops. */
export function isSilence(frame: Buffer): boolean {
	return frame.length === 3 && frame[0] === 0xf8 && frame[1] === 0xff && frame[2] === 0xfe;
}
