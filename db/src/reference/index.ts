import type { Db } from '../client.js';
import { settings } from '../schema/settings.js';
import { occupations } from '../schema/postings.js';
import { townships } from '../schema/townships.js';
import { OCCUPATIONS } from './occupations.js';
import { DEFAULT_SETTINGS, TOWNSHIPS } from './townships.js';

export { DEFAULT_SETTINGS, OCCUPATIONS, TOWNSHIPS };

/** Inserts the townships, default settings and occupations that are missing; never overwrites staff edits. */
export async function ensureReferenceData(db: Db): Promise<void> {
	await db.transaction(async (tx) => {
		await tx
			.insert(townships)
			.values([...TOWNSHIPS])
			.onConflictDoNothing();
		await tx
			.insert(settings)
			.values(DEFAULT_SETTINGS.map((s) => ({ ...s, value: s.value })))
			.onConflictDoNothing();
		await tx
			.insert(occupations)
			.values([...OCCUPATIONS])
			.onConflictDoNothing();
	});
}
