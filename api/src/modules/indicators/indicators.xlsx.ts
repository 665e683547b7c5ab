import ExcelJS from 'exceljs';
import {
	INDICATOR_PARTS_COLUMNS,
	INDICATOR_SHEET_COLUMNS,
	INDICATORS,
	type Indicator,
	type IndicatorList,
} from '@ronghe/contracts';

/** 五台县残疾人事业规划指标 2025 年情况（台城镇）: the title of the sheet and of the printout. */
export const indicatorsTitle = (list: IndicatorList) =>
	`五台县残疾人事业规划指标 ${list.year} 年情况${list.townshipName ? `（${list.townshipName}）` : ''}`;

// Ratios are stored 0–1 and shown as percentages; the target says which way is good (≥ / ≤)
// while staying a number a spreadsheet can compute with.
function formats(item: Indicator) {
	const value = item.unit === '%' ? '0.0%' : '0.##';
	const sign = INDICATORS[item.code].direction === 'at_least' ? '≥' : '≤';
	return { value, target: `"${sign}"${value}` };
}

/**
 * The year's indicators as a workbook (issue 15 §7): 指标, one row per indicator with its target,
 * actual, unit, status and source, and 分项, every indicator's breakdown. Figures are numbers;
 * a figure that is not known (no target set, no data yet) is an empty cell, the status says why.
 */
export async function indicatorsWorkbook(list: IndicatorList): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = '融合就业';
	const title = indicatorsTitle(list);

	const main = workbook.addWorksheet('指标');
	main.addRow([title]).font = { bold: true, size: 14 };
	main.addRow([...INDICATOR_SHEET_COLUMNS]).font = { bold: true };
	main.views = [{ state: 'frozen', ySplit: 2 }];
	for (const item of list.items) {
		const row = main.addRow([
			item.label,
			item.target,
			item.actual,
			item.unit,
			item.statusLabel,
			item.source,
		]);
		const f = formats(item);
		row.getCell(2).numFmt = f.target;
		row.getCell(3).numFmt = f.value;
	}
	[44, 10, 10, 6, 12, 36].forEach((width, i) => (main.getColumn(i + 1).width = width));

	const parts = workbook.addWorksheet('分项');
	parts.addRow([title]).font = { bold: true, size: 14 };
	parts.addRow([...INDICATOR_PARTS_COLUMNS]).font = { bold: true };
	parts.views = [{ state: 'frozen', ySplit: 2 }];
	const withParts = list.items.filter((i) => i.parts.length);
	for (const item of withParts)
		for (const part of item.parts) parts.addRow([item.label, part.label, part.value]);
	if (!withParts.length) parts.addRow(['这一年没有分项数字。']);
	[44, 24, 8].forEach((width, i) => (parts.getColumn(i + 1).width = width));

	return Buffer.from(await workbook.xlsx.writeBuffer());
}
