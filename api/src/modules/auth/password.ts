import { randomInt } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's minimum parameters (m = 19 MiB, t = 2, p = 1)
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (plain: string) => hash(plain, OPTIONS);

export async function verifyPassword(stored: string, plain: string): Promise<boolean> {
	try {
		return await verify(stored, plain);
	} catch {
		return false;
	}
}

// Compared against when the phone is unknown, so a miss takes as long as a wrong password.
let dummyHash: Promise<string> | undefined;
export async function verifyDummy(plain: string): Promise<false> {
	dummyHash ??= hashPassword('ronghe-not-a-real-password');
	await verifyPassword(await dummyHash, plain);
	return false;
}

// No 0/O, 1/l/I: easy to read out over the phone to a seeker
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export function temporaryPassword(length = 10): string {
	let out = '';
	for (let i = 0; i < length; i++) out += ALPHABET[randomInt(ALPHABET.length)];
	return out;
}
