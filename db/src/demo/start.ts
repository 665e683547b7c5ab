import type { Db } from '../client.js';
import type { FieldCipher } from '../crypto.js';
import { markDemoDatabase, readDemoMarker } from '../instance.js';
import { firstDemoRecords, seedDemoAccounts } from './accounts.js';
import { linkDemoBoothReps } from './fair-history.js';
import { isDatabaseEmpty, seedDemo, type SeedOptions } from './generate.js';

export type DemoStart = {
	/** this start filled the empty database with demo data */
	seeded: boolean;
	/** the demo logins exist and may be printed: this is a demo database */
	demoLogins: boolean;
	/** demo was wanted but the database holds data the platform did not generate as a demo */
	realData: boolean;
};

/**
 * Demo data and demo logins at start (development mode with demo seeding on). Only a database
 * that the platform itself filled with demo data — empty when it started, then marked in
 * `instance_state` — gets demo logins, on this start and every later one; a database holding
 * anything else never does, whatever the mode, because their password is public.
 */
export async function prepareDemoDatabase(
	db: Db,
	opts: {
		cipher: FieldCipher;
		hashPassword: (plain: string) => Promise<string>;
		now: Date;
		onSeeding?: () => void;
		/** smaller demo data (tests); the server uses the defaults */
		counts?: Pick<SeedOptions, 'seekers' | 'employers' | 'postings' | 'courses'>;
	},
): Promise<DemoStart> {
	let marker = await readDemoMarker(db);
	let seeded = false;
	if (!marker && (await isDatabaseEmpty(db))) {
		opts.onSeeding?.();
		// marked before seeding, so a start interrupted half-way still knows the rows are demo rows
		marker = { seededAt: opts.now.toISOString(), personId: null, employerId: null };
		await markDemoDatabase(db, marker);
		await seedDemo(db, { ...opts.counts, cipher: opts.cipher, now: opts.now });
		marker = { ...marker, ...(await firstDemoRecords(db)) };
		await markDemoDatabase(db, marker);
		seeded = true;
	}
	if (!marker) return { seeded: false, demoLogins: false, realData: true };
	await seedDemoAccounts(db, opts.hashPassword, marker);
	// the demo HR login owns the demo employer's booths (it exists only once seeded)
	await linkDemoBoothReps(db);
	return { seeded, demoLogins: true, realData: false };
}
