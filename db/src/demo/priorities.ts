import type { NewPerson } from '../schema/people.js';
import type { personPriorityStatuses } from '../schema/priority.js';
import { addDays } from './dates.js';
import type { Random } from './random.js';

type NewPriorityStatus = typeof personPriorityStatuses.$inferInsert;

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * Demo priority statuses (issue 13 §1): a few seekers are 就业困难人员 confirmed by staff, so the
 * urban 公益性岗位 have candidates; some rural ones are 防止返贫监测对象 or 低保 households; and a
 * few entries a seeker made wait for staff (待核实), so /staff/verifications has work in it.
 */
export function makeDemoPriorities(rng: Random, person: NewPerson, now: Date): NewPriorityStatus[] {
	const out: NewPriorityStatus[] = [];
	const confirmed = (kind: NewPriorityStatus['kind'], validDays: number | null) =>
		out.push({
			personId: person.id!,
			kind,
			state: 'confirmed',
			documentDate: day(addDays(now, -rng.int(30, 700))),
			validUntil: validDays === null ? null : day(addDays(now, validDays)),
			decidedAt: now,
		});
	if (rng.chance(0.08)) confirmed('employment_difficulty', null);
	if (person.householdType === 'agricultural' && rng.chance(0.05))
		confirmed('poverty_monitoring', rng.int(60, 365));
	if (rng.chance(0.04)) confirmed('minimum_living', rng.int(30, 365));
	if (rng.chance(0.015))
		out.push({ personId: person.id!, kind: 'zero_employment_family', state: 'pending' });
	return out;
}
