import {
	ANNUAL_REVIEW_STATUS_LABELS,
	type AnnualReviewState,
	type DisabledEmployee,
} from '@ronghe/contracts';
import { maskCertificate, type FieldCipher } from '@ronghe/db';
import type { AnnualReview, EmployerDisabledEmployee } from '@ronghe/db/schema';
import type { LevyService } from '../levy/levy.service.js';
import { checkEmployee } from '../levy/quota-checks.js';

// 72号 第四条: grades 1–8 of the 残疾军人证 count; used only when the year has no rules row yet
const FALLBACK_MILITARY_GRADES = [1, 2, 3, 4, 5, 6, 7, 8];

/** The local minimum wage and the counted military grades the quota checks of `year` use. */
export async function checkContext(levy: LevyService, year: number) {
	const local = await levy.localFigures(year);
	const grades = await levy
		.ruleFor(year + 1)
		.then((r) => r.countedMilitaryGrades)
		.catch(() => FALLBACK_MILITARY_GRADES);
	return (e: EmployerDisabledEmployee) => checkEmployee(e, year, local.minimumMonthlyWage, grades);
}
export type CheckOf = Awaited<ReturnType<typeof checkContext>>;

export function reviewState(
	year: number,
	r: Pick<AnnualReview, 'status' | 'submittedAt' | 'reviewedAt' | 'returnReason'> | undefined,
): AnnualReviewState {
	const status = r?.status ?? 'draft';
	return {
		year,
		status,
		statusLabel: ANNUAL_REVIEW_STATUS_LABELS[status],
		submittedAt: r?.submittedAt?.toISOString() ?? null,
		reviewedAt: r?.reviewedAt?.toISOString() ?? null,
		returnReason: r?.returnReason ?? '',
		editable: status === 'draft' || status === 'returned',
	};
}

/**
 * A roster row as its employer sees it: the number masked and nothing from the registry, not even
 * whether it knows the person (staff views add that).
 */
export function employeeView(
	e: EmployerDisabledEmployee,
	cipher: FieldCipher,
	check: CheckOf,
): DisabledEmployee {
	const number = e.certificateNumberEnc ? cipher.decrypt(e.certificateNumberEnc) : '';
	return {
		id: e.id,
		year: e.year,
		displayName: e.displayName,
		certificateKind: e.certificateKind,
		certificateNumberMasked: number ? maskCertificate(number) : '没有登记证号',
		level: e.level,
		certificateValidUntil: e.certificateValidUntil,
		contractStart: e.contractStart,
		contractEnd: e.contractEnd,
		monthlyWage: e.monthlyWage === null ? null : Number(e.monthlyWage),
		insuranceMonths: e.insuranceMonths,
		monthsCounted: e.monthsCounted,
		reviewDecision: e.reviewDecision,
		reviewNote: e.reviewNote,
		warnings: check(e).warnings,
	};
}
