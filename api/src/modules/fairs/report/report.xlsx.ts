import ExcelJS from 'exceljs';
import {
	FAIR_REPORT_DIMENSION_COLUMNS,
	FAIR_REPORT_DIMENSION_LABELS,
	FAIR_REPORT_DIMENSION_NOTES,
	FAIR_REPORT_DIMENSIONS,
	FAIR_REPORT_FIGURE_LABELS,
	FAIR_REPORT_FIGURE_UNITS,
	FAIR_REPORT_FIGURES,
	type FairReport,
	type FairReportFigure,
} from '@ronghe/contracts';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** 2025-01-20 14:05（北京时间）: the same on any server, whatever its time zone. */
export function chinaTime(iso: string): string {
	const t = new Date(new Date(iso).getTime() + CHINA_OFFSET_MS).toISOString();
	return `${t.slice(0, 10)} ${t.slice(11, 16)}（北京时间）`;
}

const header = (f: FairReportFigure) =>
	`${FAIR_REPORT_FIGURE_LABELS[f]}（${FAIR_REPORT_FIGURE_UNITS[f]}）`;

/**
 * The report as a workbook: 总计 and one sheet per breakdown, each under a title row (the fair's
 * title) and the time it was made, then a bold header row. Counts are written as numbers so
 * that staff can add them up in WPS or Excel.
 */
export async function reportWorkbook(r: FairReport): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = '融合就业';
	const sheet = (name: string, notes: readonly string[]) => {
		const ws = workbook.addWorksheet(name);
		ws.addRow([`${r.fair.title} · 统计报告`]).font = { bold: true, size: 14 };
		ws.addRow([`生成时间：${chinaTime(r.generatedAt)}`]);
		for (const note of notes) ws.addRow([note]);
		return ws;
	};
	const headerRow = (ws: ExcelJS.Worksheet, cells: string[]) => {
		ws.addRow(cells).font = { bold: true };
		// freeze everything down to the header, so it stays in view while scrolling
		ws.views = [{ state: 'frozen', ySplit: ws.rowCount }];
	};

	const totals = sheet('总计', r.notes);
	headerRow(totals, ['项目', '数量', '单位']);
	for (const f of FAIR_REPORT_FIGURES)
		totals.addRow([FAIR_REPORT_FIGURE_LABELS[f], r.totals[f], FAIR_REPORT_FIGURE_UNITS[f]]);
	totals.getColumn(1).width = 16;
	totals.getColumn(2).width = 10;

	for (const dimension of FAIR_REPORT_DIMENSIONS) {
		const b = r.breakdowns.find((x) => x.dimension === dimension);
		const note = FAIR_REPORT_DIMENSION_NOTES[dimension];
		const ws = sheet(FAIR_REPORT_DIMENSION_LABELS[dimension], note && b ? [note] : []);
		if (!b) {
			ws.addRow(['这场招聘会没有分项数字。']);
			continue;
		}
		headerRow(ws, [FAIR_REPORT_DIMENSION_COLUMNS[dimension], ...b.figures.map(header)]);
		for (const row of b.rows) ws.addRow([row.label, ...b.figures.map((f) => row[f] ?? 0)]);
		ws.getColumn(1).width = 14;
		for (let i = 2; i <= b.figures.length + 1; i++) ws.getColumn(i).width = 14;
	}
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
