import { AllocationProposalSchema, type AllocationProposal } from '@ronghe/contracts';

/*
 * The allocation proposal lives in the page, not on the server: the confirm form carries it as
 * one hidden field (to show it again when something is wrong) and each kept interview as a
 * checkbox `personId|slotId|interpreterId`. Only the ticked boxes are booked, and the API checks
 * every one of them again.
 */

type Assignment = AllocationProposal['assignments'][number];
export type Kept = { personId: string; slotId: string; interpreterId: string | null };

/** The value of an interview's 保留 checkbox. */
export const keepValue = (a: Pick<Assignment, 'personId' | 'slotId' | 'interpreterId'>) =>
	`${a.personId}|${a.slotId}|${a.interpreterId ?? ''}`;

/** The proposal the confirm form carried, or null when it is missing or was changed. */
export function readProposal(form: FormData): AllocationProposal | null {
	try {
		const parsed = AllocationProposalSchema.safeParse(JSON.parse(String(form.get('proposal'))));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** The ticked interviews, as the confirm call takes them. */
export function readKept(form: FormData): { values: string[]; assignments: Kept[] } {
	const values = form.getAll('keep').filter((v): v is string => typeof v === 'string');
	const assignments = values.flatMap((v) => {
		const [personId, slotId, interpreterId, ...rest] = v.split('|');
		if (!personId || !slotId || interpreterId === undefined || rest.length) return [];
		return [{ personId, slotId, interpreterId: interpreterId || null }];
	});
	return { values, assignments };
}

/** The interviews the API could not book, named from the proposal. */
export function namedFailures(
	failed: { personId: string; slotId: string; text: string }[],
	proposal: AllocationProposal | null,
) {
	return failed.map((f) => {
		const a = proposal?.assignments.find((x) => x.personId === f.personId && x.slotId === f.slotId);
		return {
			key: `${f.personId}|${f.slotId}`,
			name: a?.name ?? '',
			employerName: a?.employerName ?? '',
			startsAt: a?.startsAt ?? null,
			text: f.text,
		};
	});
}
