import {
	checkInclusion,
	findingKey,
	INCLUSION_RULES,
	type EmployerPosting,
	type FlagDecision,
	type InclusionFlagView,
	type PostingDraft,
} from '@ronghe/contracts';
import type { InclusionFlag } from '@ronghe/db/schema';
import type { EmployerPostingRow } from './employer-postings.repository.js';

const explanationOf = (code: string) =>
	INCLUSION_RULES.find((r) => r.code === code)?.explanation ?? '';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

type Text = Pick<PostingDraft, 'title' | 'description' | 'postType' | 'occupationCode'>;

/** The inclusion findings of a posting's current text. */
export function findingsOf(p: Text) {
	return checkInclusion({
		title: p.title,
		description: p.description,
		postType: p.postType,
		occupationCode: p.occupationCode,
	});
}

/**
 * The flags to store: every current finding with the employer's newest decision (from this
 * request, else from before), plus findings whose phrase is gone, kept as 'removed' so reviewers
 * can see what was taken out: earlier stored ones, and ones the checker showed in the editor and
 * the employer deleted before the draft was first saved (sent as 'removed'; only a phrase the
 * checker really flags is taken).
 */
export function mergeFlags(
	text: Text,
	decisions: readonly FlagDecision[],
	previous: readonly InclusionFlag[],
): InclusionFlag[] {
	const given = new Map(decisions.map((d) => [findingKey(d), d]));
	const before = new Map(previous.map((f) => [findingKey(f), f]));
	const current = findingsOf(text).map((f): InclusionFlag => {
		const d = given.get(findingKey(f)) ?? before.get(findingKey(f));
		return {
			code: f.code,
			phrase: f.phrase,
			decision: d?.decision ?? null,
			reason: d?.reason?.trim() ?? '',
		};
	});
	const keys = new Set(current.map(findingKey));
	const gone = previous
		.filter((f) => !keys.has(findingKey(f)))
		.map((f): InclusionFlag => ({ ...f, decision: 'removed', reason: '' }));
	const goneKeys = new Set(gone.map(findingKey));
	const removedNow = decisions
		.filter((d) => d.decision === 'removed')
		.filter((d) => !keys.has(findingKey(d)) && !goneKeys.has(findingKey(d)))
		.filter((d) =>
			findingsOf({ ...text, title: '', description: d.phrase }).some(
				(f) => findingKey(f) === findingKey(d),
			),
		)
		.map((d): InclusionFlag => ({
			code: d.code,
			phrase: d.phrase,
			decision: 'removed',
			reason: '',
		}));
	return [...current, ...gone, ...new Map(removedNow.map((f) => [findingKey(f), f])).values()];
}

/** Field errors for findings that are neither explained as essential nor removed. */
export function unresolvedFlags(text: Text, flags: readonly InclusionFlag[]) {
	const stored = new Map(flags.map((f) => [findingKey(f), f]));
	return findingsOf(text).flatMap((f, i) => {
		const d = stored.get(findingKey(f));
		const pointer = `#/flagDecisions/${i}`;
		if (d?.decision === 'essential' && d.reason.length >= 4) return [];
		if (d?.decision === 'essential')
			return [{ pointer, detail: `“${f.phrase}”：请写明为什么这项要求确实必要（至少 4 个字）。` }];
		if (d?.decision === 'removed')
			return [
				{
					pointer,
					detail: `“${f.phrase}”还在岗位说明里。您选了删除，请把它从标题或说明里删掉。`,
				},
			];
		return [
			{
				pointer,
				detail: `“${f.phrase}”：请选择“确实必要”并说明原因，或者从岗位说明里删掉这项要求。`,
			},
		];
	});
}

export function toEmployerPosting(r: EmployerPostingRow): EmployerPosting {
	const p = r.posting;
	const present = new Set(findingsOf(p).map(findingKey));
	const flags: InclusionFlagView[] = p.inclusionFlags.map((f) => ({
		code: f.code,
		phrase: f.phrase,
		explanation: explanationOf(f.code),
		decision: f.decision,
		reason: f.reason,
		present: present.has(findingKey(f)),
	}));
	return {
		id: p.id,
		employerId: p.employerId,
		employerName: r.employerName,
		status: p.status,
		postType: p.postType,
		occupationCode: p.occupationCode,
		occupationName: r.occupationName,
		title: p.title,
		description: p.description,
		headcount: p.headcount,
		payMin: p.payMin,
		payMax: p.payMax,
		socialInsurance: p.socialInsurance,
		hours: p.hours,
		workMode: p.workMode,
		townshipCode: p.townshipCode,
		townshipName: r.townshipName,
		address: p.address,
		latitude: p.latitude,
		longitude: p.longitude,
		acceptedCategories: [...p.acceptedCategories],
		acceptedLevels: [...p.acceptedLevels],
		demands: p.demands,
		accommodations: p.accommodations,
		accommodationsNote: p.accommodationsNote,
		requiredCertificates: p.requiredCertificates,
		requiredCertificatesNote: p.requiredCertificatesNote,
		publicWelfareKind: p.publicWelfareKind,
		fundingSource: p.fundingSource,
		termStart: p.termStart,
		termEnd: p.termEnd,
		familyPriority: p.familyPriority,
		contactMode: p.contactMode,
		contactName: p.contactName,
		contactPhone: p.contactPhone,
		closingDate: p.closingDate,
		inclusionFlags: flags,
		returnReason: p.returnReason,
		submittedAt: iso(p.submittedAt),
		reviewedAt: iso(p.reviewedAt),
		publishedAt: iso(p.publishedAt),
		closedAt: iso(p.closedAt),
		createdAt: p.createdAt.toISOString(),
		updatedAt: p.updatedAt.toISOString(),
	};
}
