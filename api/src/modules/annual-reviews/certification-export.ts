import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, LEVEL_LABELS } from '@ronghe/contracts';
import type { FieldCipher } from '@ronghe/db';
import type { EmployerDisabledEmployee } from '@ronghe/db/schema';

/**
 * Column order of the national 按比例就业情况联网认证 declaration, as we read the form. The exact
 * wording of each header is UNCONFIRMED (no official blank form was available); change it here
 * when the current form is checked.
 */
export const CERTIFICATION_COLUMNS = [
	'序号',
	'单位名称',
	'统一社会信用代码',
	'姓名',
	'性别',
	'残疾人证号（或残疾军人证号）',
	'证件类型',
	'残疾类别',
	'残疾等级',
	'劳动合同起始日期',
	'劳动合同终止日期',
	'本年度在岗月数',
	'月工资（元）',
	'缴纳社会保险月数',
	'备注',
] as const;

export type CertificationRow = {
	employee: EmployerDisabledEmployee;
	employerName: string;
	uscc: string;
	sex: 'male' | 'female' | null;
	category: number | null;
};

const levelLabel = (e: EmployerDisabledEmployee) =>
	e.certificateKind === 'disability'
		? (LEVEL_LABELS[e.level as keyof typeof LEVEL_LABELS] ?? `${e.level}级`)
		: `${e.level}级`;

/** One sheet, full numbers as text cells (Excel would turn 20 digits into 1.40922E+19). */
export async function certificationWorkbook(
	year: number,
	rows: readonly CertificationRow[],
	cipher: FieldCipher,
): Promise<Buffer> {
	const workbook = new ExcelJS.Workbook();
	workbook.creator = '融合就业';
	const ws = workbook.addWorksheet(`${year}年联网认证`, {
		views: [{ state: 'frozen', ySplit: 1 }],
	});
	ws.columns = CERTIFICATION_COLUMNS.map((header) => ({
		header,
		width: header.includes('证号') || header.includes('代码') ? 26 : 14,
	}));
	ws.getRow(1).font = { bold: true };
	for (let i = 1; i <= CERTIFICATION_COLUMNS.length; i++) ws.getColumn(i).numFmt = '@';
	rows.forEach(({ employee: e, employerName, uscc, sex, category }, i) => {
		ws.addRow([
			i + 1,
			employerName,
			uscc,
			e.displayName,
			sex === null ? '' : sex === 'male' ? '男' : '女',
			e.certificateNumberEnc ? cipher.decrypt(e.certificateNumberEnc) : '',
			e.certificateKind === 'disability' ? '残疾人证' : '残疾军人证',
			category === null ? '' : (CATEGORY_LABELS[category as keyof typeof CATEGORY_LABELS] ?? ''),
			levelLabel(e),
			e.contractStart ?? '',
			e.contractEnd ?? '',
			e.monthsCounted,
			e.monthlyWage === null ? '' : Number(e.monthlyWage),
			e.insuranceMonths,
			e.reviewNote,
		]);
	});
	return Buffer.from(await workbook.xlsx.writeBuffer());
}
