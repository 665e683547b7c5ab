import { z } from 'zod';
import type { EmploymentForm } from './profile-codes.js';

/**
 * 实名制 statistics export (issue 15 §8, docs/real-name-statistics.md): the year's employment and
 * training records in the column order of the federation's real-name statistics.
 */

/**
 * 就业形式 codes of the 残疾人登记表 (动态1表). 2, 3, 5, 6 and 7 are legible in the source; 1 and 4
 * are read by analogy with the federation's statistics (docs/domain.md, UNCONFIRMED).
 */
export const EMPLOYMENT_FORM_STATISTICS_CODES: Record<EmploymentForm, number> = {
	quota: 1,
	concentrated: 2,
	self_employed: 3,
	public_welfare: 4,
	auxiliary: 5,
	rural_farming: 6,
	flexible: 7,
};

/** 培训周期 codes: 1 长期, 2 中期, 3 短期. */
export const TRAINING_LENGTH_STATISTICS_CODES = { long: 1, medium: 2, short: 3 } as const;

export const EMPLOYMENT_SHEET_COLUMNS = [
	'序号',
	'姓名',
	'残疾人证号',
	'乡镇',
	'就业状态',
	'劳动合同',
	'就业时间',
	'就业类型',
	'工作单位',
	'就业途径',
	'社会保险',
	'未就业主要原因',
	'主要生活来源',
] as const;

export const TRAINING_SHEET_COLUMNS = [
	'序号',
	'姓名',
	'残疾人证号',
	'培训年度',
	'培训周期',
	'培训项目',
	'培训项目所属行业',
	'培训主体',
	'结业情况',
] as const;

export const RealNameExportQuerySchema = z.object({
	year: z.coerce
		.number({ error: '年份要写数字。' })
		.int('年份要写整数。')
		.min(2021, '从 2021 年开始。')
		.max(2100, '年份太大了。'),
	/** Full certificate numbers (POST only, audited); masked otherwise. */
	unmasked: z
		.union([z.boolean(), z.enum(['1', 'true', '0', 'false', ''])])
		.optional()
		.transform((v) => v === true || v === '1' || v === 'true'),
});
export type RealNameExportQuery = z.infer<typeof RealNameExportQuerySchema>;
