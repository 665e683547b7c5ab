/**
 * Reading and checking the federation's roster (.xlsx, docs/domain.md#statistics-codes): headers by
 * name, cells of any Excel type, every row checked with the one identifier module. Pure functions.
 */
import type { CellValue } from 'exceljs';
import {
	EDUCATION_LEVELS,
	EMPLOYMENT_FORM_LABELS,
	ROSTER_COLUMNS,
	UNEMPLOYED_REASONS,
	validateCertificate,
	validateIdNumber,
	type EmploymentForm,
	type ImportRowError,
	type RosterColumnKey,
} from '@ronghe/contracts';
import type { SheetRows } from './read-upload.js';

export type RosterRecord = {
	row: number;
	fullName: string;
	idNumber: string;
	certificateNumber: string;
	/** A reissued certificate number longer than 20 characters: imported, flagged for review. */
	certificateLongForm: boolean;
	sex: 'male' | 'female';
	birthDate: string;
	category: number;
	level: number;
	townshipCode: string;
	householdType: 'agricultural' | 'non_agricultural';
	employmentStatus: 'employed' | 'unemployed';
	// null: the cell was blank, which never overwrites what the registry already holds
	certificateValidUntil: string | null;
	village: string | null;
	education: string | null;
	phone: string | null;
	employmentForm: EmploymentForm | null;
	unemployedReason: number | null;
};

export type RosterRow = { row: number; cells: Partial<Record<RosterColumnKey, CellValue>> };
export type RosterSheet =
	{ ok: true; headerRow: number; rows: RosterRow[] } | { ok: false; error: ImportRowError };

const headerKey = (text: string) =>
	text
		.replace(/[\s\u3000*＊]/g, '')
		.replace(/（/g, '(')
		.replace(/）/g, ')')
		.replace(/【/g, '(')
		.replace(/】/g, ')');

// Other spellings seen in rosters for the same columns.
const ALIASES: Record<string, RosterColumnKey> = {
	身份证号码: 'idNumber',
	公民身份号码: 'idNumber',
	残疾证号: 'certificateNumber',
	残疾人证号码: 'certificateNumber',
	有效期至: 'certificateValidUntil',
	'乡镇(街道)': 'township',
	'乡(镇)': 'township',
	村: 'village',
	户籍: 'householdType',
	户口性质: 'householdType',
	学历: 'education',
	电话: 'phone',
	手机号: 'phone',
	就业状态: 'employmentStatus',
};
const HEADER_KEYS = new Map<string, RosterColumnKey>([
	...ROSTER_COLUMNS.map((c) => [headerKey(c.header), c.key] as const),
	...Object.entries(ALIASES),
]);
export const COLUMN_HEADER = Object.fromEntries(
	ROSTER_COLUMNS.map((c) => [c.key, c.header]),
) as Record<RosterColumnKey, string>;

type Cell = { text: string } | { error: string };

/** Any Excel cell as text: rich text, formulas (their result), hyperlinks, dates and numbers. */
export function cellText(value: CellValue | undefined): Cell {
	if (value === null || value === undefined) return { text: '' };
	if (typeof value === 'string') return { text: value.trim() };
	if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
	if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
	if ('richText' in value)
		return {
			text: value.richText
				.map((r) => r.text)
				.join('')
				.trim(),
		};
	if ('error' in value)
		return { error: `单元格里是 Excel 的错误值“${value.error}”，请改成实际内容。` };
	if ('result' in value) return cellText(value.result as CellValue);
	if ('text' in value) return cellText(value.text as CellValue);
	return { text: '' };
}

const PRECISION_LOST =
	'这个号码被 Excel 存成了数字，超过 15 位的数字会被改掉，后几位已经不对了。请把这一列设为“文本”格式，重新填写号码后再导入。';

/** Identifier cells must be text: Excel keeps only 15 significant digits of a number. */
function identifierText(value: CellValue | undefined): Cell {
	if (typeof value === 'number') {
		if (!Number.isSafeInteger(value) || String(value).length >= 16)
			return { error: PRECISION_LOST };
		return { text: String(value) };
	}
	const cell = cellText(value);
	if ('text' in cell && /^\d(\.\d+)?E\+\d+$/i.test(cell.text)) return { error: PRECISION_LOST };
	return cell;
}

/**
 * Finds the header row (a title row above it is allowed) and reads the data rows below it. The
 * rows come from the parse worker (read-upload.ts) in sheet order.
 */
export function readRosterSheet(sheet: SheetRows): RosterSheet {
	let headerRow = 0;
	let columns = new Map<RosterColumnKey, number>();
	for (const [r, values] of sheet) {
		if (r > 5 || headerRow) break;
		const found = new Map<RosterColumnKey, number>();
		values.forEach((value, col) => {
			const c = cellText(value);
			const key = 'text' in c ? HEADER_KEYS.get(headerKey(c.text)) : undefined;
			if (key && !found.has(key)) found.set(key, col);
		});
		if (found.has('fullName') && found.has('idNumber')) {
			headerRow = r;
			columns = found;
		}
	}
	const missing = ROSTER_COLUMNS.filter((c) => c.required && !columns.has(c.key)).map(
		(c) => c.header,
	);
	if (!headerRow || missing.length) {
		const where = headerRow || 1;
		return {
			ok: false,
			error: {
				row: where,
				column: missing.join('、') || '姓名、身份证号',
				message: headerRow
					? `表头缺少必需的列：${missing.join('、')}。请下载模板，按模板的表头填写。`
					: '前 5 行里没有找到表头（至少要有“姓名”和“身份证号”两列）。请下载模板，按模板的表头填写。',
			},
		};
	}
	const rows: RosterRow[] = [];
	for (const [r, values] of sheet) {
		if (r <= headerRow) continue;
		const cells: RosterRow['cells'] = {};
		let blank = true;
		for (const [key, col] of columns) {
			const value = values[col];
			cells[key] = value;
			const c = cellText(value);
			if (!('text' in c) || c.text !== '') blank = false;
		}
		if (!blank) rows.push({ row: r, cells });
	}
	return { ok: true, headerRow, rows };
}

const lookup = (table: Record<string, string>) => (text: string) => table[text.replace(/\s/g, '')];
const HOUSEHOLD = lookup({
	农业: 'agricultural',
	农业户口: 'agricultural',
	'1': 'agricultural',
	非农业: 'non_agricultural',
	非农业户口: 'non_agricultural',
	'2': 'non_agricultural',
}) as (t: string) => RosterRecord['householdType'] | undefined;
const EMPLOYMENT = lookup({
	已就业: 'employed',
	就业: 'employed',
	是: 'employed',
	未就业: 'unemployed',
	否: 'unemployed',
}) as (t: string) => RosterRecord['employmentStatus'] | undefined;
const EDUCATION = lookup({
	...Object.fromEntries(EDUCATION_LEVELS.map((e) => [e, e])),
	文盲: '未上学',
	高中: '高中/中专',
	中专: '高中/中专',
	职高: '高中/中专',
	技校: '高中/中专',
	专科: '大专',
	大学专科: '大专',
	大学本科: '本科',
	大学: '本科',
	硕士: '研究生',
	博士: '研究生',
});
const bare = (label: string) => headerKey(label).replace(/\(.*\)$/, '');
const FORMS = new Map<string, EmploymentForm>(
	Object.entries(EMPLOYMENT_FORM_LABELS).flatMap(([code, label]) => [
		[headerKey(label), code as EmploymentForm],
		[bare(label), code as EmploymentForm],
	]),
);
const REASONS = new Map<string, number>(
	Object.entries(UNEMPLOYED_REASONS).flatMap(([code, label]) => [
		[label, Number(code)],
		[code, Number(code)],
	]),
);

/** Excel date cells arrive as dates; typed ones as 2031-06-30, 2031/6/30, 2031.6.30 or 20310630. */
function dateText(value: CellValue | undefined, cell: Cell): string | undefined {
	if (typeof value === 'number' && value > 20000 && value < 80000) {
		return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
	}
	if (!('text' in cell)) return undefined;
	const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(cell.text);
	if (!m) return undefined;
	const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
	const d = new Date(`${iso}T00:00:00Z`);
	return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso ? undefined : iso;
}

// A message must never repeat the number itself, not even the region code or birth date part.
const withoutDigits = (message: string) => message.replace(/“[0-9X]{4,}”/g, '');

export type RowContext = { townships: Map<string, string>; seen: Map<string, number>; today: Date };

/** Checks one row; a row with any error is not imported. */
export function checkRosterRow(
	{ row, cells }: RosterRow,
	ctx: RowContext,
): { record: RosterRecord | null; errors: ImportRowError[] } {
	const errors: ImportRowError[] = [];
	const bad = (key: RosterColumnKey, message: string) =>
		errors.push({ row, column: COLUMN_HEADER[key], message });
	const text = (key: RosterColumnKey): string | undefined => {
		const c =
			key === 'idNumber' || key === 'certificateNumber'
				? identifierText(cells[key])
				: cellText(cells[key]);
		if ('text' in c) return c.text;
		bad(key, c.error);
		return undefined;
	};
	const required = (key: RosterColumnKey, what: string) => {
		const t = text(key);
		if (t === '') bad(key, `没有填写${what}。`);
		return t || undefined;
	};

	const fullName = required('fullName', '姓名');
	if (fullName && fullName.length > 40) bad('fullName', '姓名最多 40 个字。');
	const idText = required('idNumber', '身份证号');
	const id = idText ? validateIdNumber(idText, ctx.today) : undefined;
	for (const e of id?.errors ?? []) bad('idNumber', withoutDigits(e.message));
	if (id?.valid) {
		const first = ctx.seen.get(id.normalized);
		if (first)
			bad(
				'idNumber',
				`这个身份证号和第 ${first} 行重复了。同一个人只能出现一次，请删掉重复的一行。`,
			);
		else ctx.seen.set(id.normalized, row);
	}
	const certText = required('certificateNumber', '残疾人证号');
	const cert = certText ? validateCertificate(certText, ctx.today) : undefined;
	for (const e of cert?.errors ?? [])
		if (e.code !== 'nonstandard_length') bad('certificateNumber', withoutDigits(e.message));
	if (id?.valid && cert?.parsed && cert.parsed.idNumber !== id.normalized)
		bad('certificateNumber', '残疾人证号的前 18 位应与身份证号相同，请核对两个号码。');

	const validText = text('certificateValidUntil');
	const validUntil = validText ? dateText(cells.certificateValidUntil, { text: validText }) : null;
	if (validUntil === undefined)
		bad('certificateValidUntil', '证件有效期请写成 2031-06-30 这样的日期，或设为日期格式。');

	const townText = required('township', '乡镇');
	const townshipCode = townText ? ctx.townships.get(townText.replace(/\s/g, '')) : undefined;
	if (townText && !townshipCode)
		bad('township', `没有叫“${townText}”的乡镇。请写乡镇全名（如“台城镇”）或 9 位乡镇代码。`);
	const village = text('village');
	if (village && village.length > 40) bad('village', '村（社区）最多 40 个字。');

	const householdText = required('householdType', '户口类型');
	const householdType = householdText ? HOUSEHOLD(householdText) : undefined;
	if (householdText && !householdType) bad('householdType', '户口类型只能填“农业”或“非农业”。');

	const educationText = text('education');
	const education = educationText ? EDUCATION(educationText) : null;
	if (educationText && !education)
		bad('education', `文化程度请填以下之一：${EDUCATION_LEVELS.join('、')}。`);

	const phoneText = text('phone')
		?.replace(/[\s-]/g, '')
		.replace(/^\+?86(?=1\d{10}$)/, '');
	if (phoneText && !/^1[3-9]\d{9}$/.test(phoneText))
		bad('phone', '联系电话应为 11 位手机号，以 1 开头。');

	const statusText = required('employmentStatus', '就业状况');
	const employmentStatus = statusText ? EMPLOYMENT(statusText) : undefined;
	if (statusText && !employmentStatus)
		bad('employmentStatus', '就业状况只能填“已就业”或“未就业”。');

	const formText = text('employmentForm');
	const employmentForm = formText ? FORMS.get(headerKey(formText)) : null;
	if (formText && !employmentForm)
		bad(
			'employmentForm',
			`就业形式请填以下之一：${Object.values(EMPLOYMENT_FORM_LABELS).join('、')}。`,
		);
	if (formText && employmentStatus === 'unemployed')
		bad('employmentForm', '就业状况是“未就业”，就业形式应当空着。');

	const reasonText = text('unemployedReason');
	const unemployedReason = reasonText ? REASONS.get(reasonText.replace(/\s/g, '')) : null;
	if (reasonText && !unemployedReason)
		bad(
			'unemployedReason',
			`未就业原因请填以下之一：${Object.values(UNEMPLOYED_REASONS).join('、')}。`,
		);
	if (reasonText && employmentStatus === 'employed')
		bad('unemployedReason', '就业状况是“已就业”，未就业原因应当空着。');

	if (errors.length || !fullName || !id?.parsed || !cert?.parsed || !townshipCode)
		return { record: null, errors };
	return {
		errors,
		record: {
			row,
			fullName,
			idNumber: id.normalized,
			certificateNumber: cert.normalized,
			certificateLongForm: cert.normalized.length > 20,
			sex: id.parsed.sex,
			birthDate: id.parsed.birthDate,
			category: cert.parsed.category,
			level: cert.parsed.level,
			townshipCode,
			householdType: householdType!,
			employmentStatus: employmentStatus!,
			certificateValidUntil: validUntil ?? null,
			village: village || null,
			education: education ?? null,
			phone: phoneText || null,
			employmentForm: employmentForm ?? null,
			unemployedReason: unemployedReason ?? null,
		},
	};
}
