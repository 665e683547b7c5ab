import type { Db } from '../client.js';
import { levyRules } from '../schema/levy.js';
import { occupations } from '../schema/postings.js';
import { settings } from '../schema/settings.js';
import { townships } from '../schema/townships.js';
import { LEVY_RULES } from './levy-rules.js';
import { OCCUPATIONS } from './occupations.js';
import { DEFAULT_SETTINGS, TOWNSHIPS } from './townships.js';

export { DEFAULT_SETTINGS, LEVY_RULES, OCCUPATIONS, TOWNSHIPS };

/** Inserts the townships, default settings, occupations and levy rules that are missing; never overwrites staff edits. */
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
		await tx
			.insert(levyRules)
			.values([...LEVY_RULES])
			.onConflictDoNothing();
	});
}
