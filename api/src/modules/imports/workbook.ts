/** The .xlsx files the registry hands out: the roster template, the export and the bad-row list. */
import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { ROSTER_COLUMNS, type ImportRowError } from '@ronghe/contracts';

const HEADER_FONT = { bold: true };

function sheetWith(title: string, headers: { header: string; width: number }[]) {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = '融合就业';
	const ws = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.columns = headers.map((h) => ({ header: h.header, width: h.width }));
	ws.getRow(1).font = HEADER_FONT;
	return { workbook, ws };
}

const toBuffer = async (workbook: ExcelJS.Workbook) =>
	Buffer.from(await workbook.xlsx.writeBuffer());

/**
 * The roster template: the header row and one example row. Number columns are text cells, so
 * Excel keeps all 18 and 20 digits instead of turning them into 1.40922E+17.
 */
export async function rosterTemplate(): Promise<Buffer> {
	const { workbook, ws } = sheetWith(
		'残疾人名单',
		ROSTER_COLUMNS.map((c) => ({ header: c.header, width: Math.max(12, c.example.length + 4) })),
	);
	for (let i = 1; i <= ROSTER_COLUMNS.length; i++) ws.getColumn(i).numFmt = '@';
	ws.addRow(ROSTER_COLUMNS.map((c) => c.example));
	const notes = workbook.addWorksheet('填写说明');
	notes.columns = [
		{ header: '列', width: 14 },
		{ header: '是否必填', width: 10 },
		{ header: '说明', width: 80 },
	];
	notes.getRow(1).font = HEADER_FONT;
	const hint: Record<string, string> = {
		身份证号: '18 位；最后一位可以是 X。请保持“文本”格式。',
		残疾人证号: '20 位：身份证号加残疾类别和等级；换证的长号码也可以，会请工作人员核对。',
		证件有效期至: '如 2031-06-30；可以不填。',
		乡镇: '乡镇全名（如 台城镇）或 9 位乡镇代码。',
		户口类型: '农业 或 非农业。',
		文化程度: '未上学、小学、初中、高中/中专、大专、本科、研究生。',
		就业状况: '已就业 或 未就业。',
		就业形式:
			'已就业时填写：按比例就业、集中就业、个体就业、公益性岗位就业、辅助性就业、农村种养加、灵活就业。',
		未就业原因:
			'未就业时可填：在校学习、退休、无意愿就业、无就业技能、丧失劳动能力、农用土地被征用、其他。',
	};
	for (const c of ROSTER_COLUMNS)
		notes.addRow([c.header, c.required ? '表头必须有' : '可以没有这一列', hint[c.header] ?? '']);
	return toBuffer(workbook);
}

export type ExportRow = Record<string, string | number>;
export const EXPORT_COLUMNS = [
	...ROSTER_COLUMNS.map((c) => c.header),
	'性别',
	'出生日期',
	'残疾类别',
	'残疾等级',
] as const;

/**
 * The registry, in roster columns plus what is read from the numbers, written to `stream` as the
 * rows arrive: each row is committed and dropped, so memory stays flat however many people there
 * are. Shared strings are off (they would keep every text in memory until the end).
 */
export async function writeRegistryWorkbook(stream: Writable, rows: AsyncIterable<ExportRow>) {
	const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
		stream,
		useStyles: true,
		useSharedStrings: false,
	});
	workbook.creator = '融合就业';
	const ws = workbook.addWorksheet('残疾人名单', { views: [{ state: 'frozen', ySplit: 1 }] });
	ws.columns = EXPORT_COLUMNS.map((header) => ({
		header,
		width: header.includes('号') ? 24 : 12,
		style: { numFmt: '@' },
	}));
	ws.getRow(1).font = HEADER_FONT;
	for await (const row of rows) ws.addRow(EXPORT_COLUMNS.map((h) => row[h] ?? '')).commit();
	ws.commit();
	await workbook.commit();
}

/** The bad rows of an import: staff fix these rows in their file and upload it again. */
export async function errorsWorkbook(errors: ImportRowError[]): Promise<Buffer> {
	const { workbook, ws } = sheetWith('有问题的行', [
		{ header: '行号', width: 8 },
		{ header: '列', width: 14 },
		{ header: '原因', width: 90 },
	]);
	for (const e of errors) ws.addRow([e.row, e.column, e.message]);
	return toBuffer(workbook);
}
