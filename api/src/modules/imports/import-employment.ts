import type { Db } from '@ronghe/db';
import { employmentRecords, type NewEmploymentRecord, type NewPerson } from '@ronghe/db/schema';

type Situation = Pick<NewPerson, 'employmentStatus' | 'employmentForm' | 'unemployedReason'>;

/** The employment record a roster row writes: the person's situation as the roster now says. */
function record(personId: string, s: Situation, userId: string): NewEmploymentRecord {
	const employed = s.employmentStatus === 'employed';
	return {
		personId,
		status: s.employmentStatus ?? 'unemployed',
		form: employed ? (s.employmentForm ?? null) : null,
		unemployedReason: employed ? null : (s.unemployedReason ?? null),
		source: 'import',
		recordedByUserId: userId,
		note: '名册导入',
	};
}

/** Whether an update of a person changes what the employment history says. */
export function changesEmployment(c: Partial<NewPerson>): boolean {
	return 'employmentStatus' in c || 'employmentForm' in c || 'unemployedReason' in c;
}

/**
 * The roster import's part of the 实名制 history (docs/employment.md): a first record for each
 * person it registers, and a new record for each person whose situation it changes, in the
 * batch's transaction. people.employment_* are already written by the import itself.
 */
export async function recordImportedEmployment(
	tx: Db,
	rows: { personId: string; situation: Situation }[],
	userId: string,
) {
	if (!rows.length) return;
	await tx
		.insert(employmentRecords)
		.values(rows.map((r) => record(r.personId, r.situation, userId)));
}
