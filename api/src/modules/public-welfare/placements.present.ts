import { FAMILY_RELATIONS, type Placement } from '@ronghe/contracts';
import type { PlacementRow } from './placements.repository.js';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

/** A placement as the API shows it, with its ledger and the days left of its term. */
export function toPlacement(
	r: PlacementRow,
	months: { month: string; postSubsidy: number; insuranceSubsidy: number }[],
	today: string,
): Placement {
	const p = r.p;
	return {
		id: p.id,
		personId: p.personId,
		personName: r.personName,
		familyMemberId: p.familyMemberId,
		holderName: r.holderName,
		relation: r.relation ? FAMILY_RELATIONS[r.relation] : null,
		townshipName: r.townshipName,
		postTitle: p.postTitle,
		employerName: p.employerName,
		kind: p.kind,
		fundingSource: p.fundingSource,
		startDate: p.startDate,
		endDate: p.endDate,
		toRetirement: p.toRetirement,
		placementNumber: p.placementNumber,
		endedOn: p.endedOn,
		endReason: p.endReason,
		daysLeft: p.endedOn ? null : daysBetween(today, p.endDate),
		subsidies: months.map((m) => ({ ...m, month: m.month.slice(0, 7) })),
		subsidyTotal: {
			post: months.reduce((a, m) => a + m.postSubsidy, 0),
			insurance: months.reduce((a, m) => a + m.insuranceSubsidy, 0),
		},
	};
}
