import type { EmployerDisabledEmployee } from '@ronghe/db/schema';

export type EmployeeCheck = { counts: boolean; monthsUsed: number; warnings: string[] };

const lastDayOfContractYear = (start: string) => {
	const d = new Date(`${start}T00:00:00Z`);
	d.setUTCFullYear(d.getUTCFullYear() + 1);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
};

/**
 * Whether a disabled employee counts in `year` (72号 第七条, 残联厅函〔2022〕63号) and for how many
 * months: certificate valid, contract of at least one year, wage not below the local minimum,
 * social insurance paid. Each reason that takes months away is one plain sentence.
 */
export function checkEmployee(
	e: Pick<
		EmployerDisabledEmployee,
		| 'certificateKind'
		| 'level'
		| 'monthsCounted'
		| 'certificateValidUntil'
		| 'contractStart'
		| 'contractEnd'
		| 'monthlyWage'
		| 'insuranceMonths'
	>,
	year: number,
	minimumMonthlyWage: string | null,
	countedMilitaryGrades: readonly number[],
): EmployeeCheck {
	const warnings: string[] = [];
	let months = e.monthsCounted;
	let counts = true;
	const no = (why: string) => {
		warnings.push(why);
		counts = false;
	};
	if (e.certificateKind === 'military' && !countedMilitaryGrades.includes(e.level))
		no(`残疾军人证 ${e.level} 级不在算残疾职工的等级之内，不算。`);
	if (e.certificateValidUntil && e.certificateValidUntil < `${year}-01-01`)
		no(`证件 ${e.certificateValidUntil} 已经过期，${year} 年不算。请提醒本人换证。`);
	else if (e.certificateValidUntil && e.certificateValidUntil < `${year}-12-31`) {
		const until = Number(e.certificateValidUntil.slice(5, 7));
		if (until < months) {
			months = until;
			warnings.push(`证件 ${e.certificateValidUntil} 到期，只算到 ${until} 月。`);
		}
	}
	if (!e.contractStart) no('没有填劳动合同开始日期，先不算。请补上合同日期。');
	else if (e.contractEnd && e.contractEnd < lastDayOfContractYear(e.contractStart))
		no(`劳动合同不到 1 年（${e.contractStart} 至 ${e.contractEnd}），不算。`);
	if (
		minimumMonthlyWage !== null &&
		e.monthlyWage !== null &&
		Number(e.monthlyWage) < Number(minimumMonthlyWage)
	)
		no(`月工资 ${e.monthlyWage} 元低于当地最低工资 ${minimumMonthlyWage} 元，不算。`);
	if (e.monthlyWage === null) no('没有填月工资，先不算。');
	if (e.insuranceMonths < months) {
		if (e.insuranceMonths === 0) no('没有交社保的记录，不算。');
		else {
			warnings.push(`社保只交了 ${e.insuranceMonths} 个月，按 ${e.insuranceMonths} 个月算。`);
			months = e.insuranceMonths;
		}
	}
	return { counts, monthsUsed: counts ? months : 0, warnings };
}
