/**
 * Who a posting accepts (issue 13 §1, docs/matching.md#data). 多重残疾 (category 7) is made of
 * other categories: a posting accepts such a seeker when it accepts every one of them, or
 * accepts category 7 itself. Empty accepted levels means every level.
 */
export const MULTIPLE_DISABILITY = 7;

export type CategoryPosting = { acceptedCategories: readonly number[] };
export type CategoryPerson = { category: number; components: readonly number[] };

export function acceptsCategory(posting: CategoryPosting, person: CategoryPerson): boolean {
	const accepted = posting.acceptedCategories;
	if (accepted.includes(person.category)) return true;
	if (person.category !== MULTIPLE_DISABILITY) return false;
	const parts = person.components.filter((c) => c !== MULTIPLE_DISABILITY);
	return parts.length > 0 && parts.every((c) => accepted.includes(c));
}

/** Empty accepted levels means every level is accepted. */
export function acceptsLevel(posting: { acceptedLevels: readonly number[] }, level: number) {
	return posting.acceptedLevels.length === 0 || posting.acceptedLevels.includes(level);
}
