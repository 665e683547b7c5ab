import type { EmployerDisabledEmployee } from '@ronghe/db/schema';

type Span = { from: number; to: number };
type Dates = Pick<EmployerDisabledEmployee, 'contractStart' | 'contractEnd'>;

/**
 * The months of `year` (1–12) a roster row claims: its contract clipped to the year. A row with
 * no contract dates claims the whole year, so a missing date can never hide an overlap.
 */
export function claimedMonths(row: Dates, year: number): Span | null {
	const start = row.contractStart ?? `${year}-01-01`;
	const end = row.contractEnd ?? `${year}-12-31`;
	if (start > `${year}-12-31` || end < `${year}-01-01`) return null;
	const from = start < `${year}-01-01` ? 1 : Number(start.slice(5, 7));
	const to = end > `${year}-12-31` ? 12 : Number(end.slice(5, 7));
	return { from, to };
}

/**
 * 挂靠 (sham placement): the same person (by the keyed hash of the ID number) on another
 * employer's roster for the same year in overlapping months. Names the other employer; staff only.
 */
export function overlapFlags(
	row: Dates & { idNumberHash: string | null },
	year: number,
	elsewhere: readonly (Dates & { idNumberHash: string | null; employerName: string })[],
): string[] {
	const mine = claimedMonths(row, year);
	if (!row.idNumberHash || !mine) return [];
	return elsewhere
		.filter((o) => o.idNumberHash === row.idNumberHash)
		.flatMap((o) => {
			const theirs = claimedMonths(o, year);
			if (!theirs) return [];
			const from = Math.max(mine.from, theirs.from);
			const to = Math.min(mine.to, theirs.to);
			if (from > to) return [];
			const months = from === to ? `${from} 月` : `${from} 月到 ${to} 月`;
			return [
				`同一个人（身份证号相同）也在“${o.employerName}”${year} 年的名单里，${months}重叠：可能是挂靠，请核实实际在哪个单位上班。`,
			];
		});
}
