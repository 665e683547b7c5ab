import type { NewEmploymentRecord } from '../schema/employment.js';
import type { NewPerson } from '../schema/people.js';

/**
 * A demo person's employment history starts with the situation they were registered with, as
 * the roster import writes it (docs/employment.md).
 */
export function firstEmploymentRecord(p: NewPerson): NewEmploymentRecord {
	return {
		personId: p.id!,
		status: p.employmentStatus ?? 'unemployed',
		form: p.employmentForm ?? null,
		startedOn: p.employedSince ?? null,
		unemployedReason: p.unemployedReason ?? null,
		source: 'import',
		...(p.createdAt ? { createdAt: p.createdAt } : {}),
	};
}
