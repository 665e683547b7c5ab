import { z } from 'zod';
import { UuidSchema } from './common.js';
import { EMPLOYMENT_FORM_CODES } from './profile-codes.js';

/**
 * 实名制 employment records (issue 15 §2, docs/employment.md): every change of a person's
 * employment situation is a new record; the newest is the current state. Code lists from the
 * 残疾人登记表 (动态1表, docs/domain.md "Statistics codes").
 */

export const EMPLOYMENT_SOURCE_LABELS = {
	seeker: '本人填写',
	staff: '工作人员登记',
	hire: '在平台上被录用',
	roster: '单位年审名单',
	import: '名单导入',
} as const;
export type EmploymentSource = keyof typeof EMPLOYMENT_SOURCE_LABELS;

export const EMPLOYMENT_CONTRACT_LABELS = {
	labour: '劳动合同',
	service: '劳务协议',
	none: '没有签',
} as const;
export type EmploymentContract = keyof typeof EMPLOYMENT_CONTRACT_LABELS;
export const EMPLOYMENT_CONTRACTS = Object.keys(EMPLOYMENT_CONTRACT_LABELS) as [
	EmploymentContract,
	...EmploymentContract[],
];

/** 未就业主要生活来源 (动态1表 R18). */
export const INCOME_SOURCES = {
	1: '退休金（养老金）',
	2: '财产性收入',
	3: '社会救助与社会福利',
	4: '家庭成员供养',
	5: '其他',
} as const;

export const EMPLOYMENT_NOTE_MAX = 500;

export const EmploymentRecordSchema = z.object({
	id: z.uuid(),
	status: z.enum(['employed', 'unemployed']),
	statusLabel: z.string(),
	form: z.enum(EMPLOYMENT_FORM_CODES).nullable(),
	formLabel: z.string().nullable(),
	employerName: z.string(),
	startedOn: z.iso.date().nullable(),
	contract: z.enum(EMPLOYMENT_CONTRACTS).nullable(),
	socialInsurance: z.boolean().nullable(),
	unemployedReason: z.number().int().nullable(),
	unemployedReasonLabel: z.string().nullable(),
	incomeSource: z.number().int().nullable(),
	incomeSourceLabel: z.string().nullable(),
	note: z.string(),
	source: z.enum(
		Object.keys(EMPLOYMENT_SOURCE_LABELS) as [EmploymentSource, ...EmploymentSource[]],
	),
	sourceLabel: z.string(),
	recordedByName: z.string().nullable(),
	createdAt: z.string(),
});
export type EmploymentRecord = z.infer<typeof EmploymentRecordSchema>;

/** A person's employment history, newest first; `current` is the first, or null if none yet. */
export const EmploymentHistorySchema = z.object({
	current: EmploymentRecordSchema.nullable(),
	items: z.array(EmploymentRecordSchema),
});
export type EmploymentHistory = z.infer<typeof EmploymentHistorySchema>;

const code = (max: number, what: string) =>
	z.coerce
		.number({ error: `请选择${what}。` })
		.int(`请选择${what}。`)
		.min(1, `请选择${what}。`)
		.max(max, `请从列表里选择${what}。`);

/** A change staff record. Employed needs a form; not employed needs the main reason. */
export const EmploymentRecordInputSchema = z
	.object({
		status: z.enum(['employed', 'unemployed'], { error: '请选择是否就业。' }),
		form: z
			.enum(EMPLOYMENT_FORM_CODES, { error: '请从列表里选择就业形式。' })
			.nullable()
			.default(null),
		employerId: UuidSchema.nullable().default(null),
		employerName: z.string().trim().max(100, '单位名称太长了。').default(''),
		startedOn: z.iso
			.date({ error: '请填写开始日期，格式如 2026-03-01。' })
			.nullable()
			.default(null),
		contract: z.enum(EMPLOYMENT_CONTRACTS, { error: '请选择合同情况。' }).nullable().default(null),
		socialInsurance: z.boolean().nullable().default(null),
		unemployedReason: code(7, '未就业的主要原因').nullable().default(null),
		incomeSource: code(5, '主要生活来源').nullable().default(null),
		note: z
			.string()
			.trim()
			.max(EMPLOYMENT_NOTE_MAX, `备注请控制在 ${EMPLOYMENT_NOTE_MAX} 字以内。`)
			.default(''),
	})
	.superRefine((r, ctx) => {
		if (r.status === 'employed' && !r.form)
			ctx.addIssue({ code: 'custom', path: ['form'], message: '已就业的，请选择就业形式。' });
		if (r.status === 'unemployed' && !r.unemployedReason)
			ctx.addIssue({
				code: 'custom',
				path: ['unemployedReason'],
				message: '未就业的，请选择主要原因。',
			});
	});
export type EmploymentRecordInput = z.input<typeof EmploymentRecordInputSchema>;
export type EmploymentRecordData = z.output<typeof EmploymentRecordInputSchema>;
