import { randomBytes } from 'node:crypto';
import * as tls from 'node:tls';
import selfsigned from 'selfsigned';
import { MockDiscordError } from '../errors/MockDiscordError.js';

/** A certificate and its private key, PEM. */
export interface VoiceTlsCertificate {
	readonly cert: string;
	readonly key: string;
}

/**
 * A fresh self-signed certificate for 127.0.0.1 and localhost, valid for a day. Voice
 * clients connect with `wss://` only, so the mock's voice gateway needs TLS; the key is
 * made per mock and never leaves the process. Each has its own subject: TLS finds a trusted
 * certificate by its issuer's name, and two mocks' certificates trusted in one process must not shadow each other.
 */
export async function createVoiceCertificate(): Promise<VoiceTlsCertificate> {
	const generated = await selfsigned.generate([{ name: 'commonName', value: `oven-mock voice ${randomBytes(6).toString('hex')}` }], {
		keyType: 'ec',
		algorithm: 'sha256',
		notAfterDate: new Date(Date.now() + 24 * 60 * 60 * 1000),
		extensions: [
			{ name: 'basicConstraints', cA: false },
			{ name: 'keyUsage', digitalSignature: true },
			{ name: 'extKeyUsage', serverAuth: true },
			{
				name: 'subjectAltName',
				altNames: [
					{ type: 7, ip: '127.0.0.1' },
					{ type: 2, value: 'localhost' },
				],
			},
		],
	});
	return { cert: generated.cert, key: generated.private };
}

type SetDefaultCA = (certs: string[]) => void;
type GetCA = (type: 'default') => string[];

/**
 * Makes this process trust the mock's voice certificate (PEM, `(await mock.voice.start()).certificate`)
 * for `wss://` connections that use Node's default CA store, as `@discordjs/voice` does; the
 * trusted roots stay trusted. Needs `tls.setDefaultCACertificates` (Node.js 22.19 / 24.5);
 * elsewhere start the bot's process with `NODE_EXTRA_CA_CERTS=<file holding the certificate>`
 * (`oven-mock` writes that file and prints its path as `voiceCa`).
 * @throws MockDiscordError `MOCK_VOICE_TRUST_UNSUPPORTED` on an older Node.js.
 */
export function trustMockVoiceCertificate(certificate: string): void {
	const api = tls as unknown as { setDefaultCACertificates?: SetDefaultCA; getCACertificates?: GetCA };
	if (typeof api.setDefaultCACertificates !== 'function' || typeof api.getCACertificates !== 'function') {
		throw new MockDiscordError(
			'MOCK_VOICE_TRUST_UNSUPPORTED',
			`Node.js ${process.versions.node} cannot add a trusted certificate at run time (tls.setDefaultCACertificates needs 22.19 or 24.5). Start the bot with NODE_EXTRA_CA_CERTS pointing at a file that holds the mock's voice certificate (oven-mock prints it as voiceCa).`,
		);
	}
	const current = api.getCACertificates('default');
	if (!current.includes(certificate)) api.setDefaultCACertificates([...current, certificate]);
}
