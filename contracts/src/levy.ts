import { z } from 'zod';

/** Plain decimal numbers with at most two decimals (staff, yuan). */
const twoDecimals = (v: number) => /^-?\d+(\.\d{1,2})?$/.test(String(v));

const money = (label: string) =>
	z
		.number({ error: `${label}要填数字（元）。` })
		.min(0, `${label}不能是负数。`)
		.max(1_000_000_000_000, `${label}太大了，请核对（单位是元）。`)
		.refine(twoDecimals, `${label}最多保留两位小数（到分）。`);

export const LEVY_EMPLOYER_KINDS = [
	'enterprise',
	'agency',
	'institution',
	'social_organization',
] as const;
export const LEVY_EMPLOYER_KIND_LABELS: Record<(typeof LEVY_EMPLOYER_KINDS)[number], string> = {
	enterprise: '企业（含个体、民办非企业）',
	agency: '党政机关',
	institution: '事业单位',
	social_organization: '社会团体',
};
export const LEVY_CERTIFICATE_LABELS = { disability: '残疾人证', military: '残疾军人证' } as const;
export const LEVY_CERTIFICATE_LEVELS = { disability: 4, military: 10 } as const;

/** 残疾人证 has levels 1–4, 残疾军人证 1–10: the level must exist for the certificate chosen. */
function checkCertificateLevel(
	e: { certificate: keyof typeof LEVY_CERTIFICATE_LEVELS; level: number },
	ctx: z.RefinementCtx,
) {
	const top = LEVY_CERTIFICATE_LEVELS[e.certificate];
	if (e.level < 1 || e.level > top)
		ctx.addIssue({
			code: 'custom',
			path: ['level'],
			message: `${LEVY_CERTIFICATE_LABELS[e.certificate]}的等级是 1 到 ${top} 级，没有 ${e.level} 级。`,
		});
}

export const LevyDisabledEmployeeSchema = z
	.object({
		certificate: z.enum(['disability', 'military'], {
			error: '请选择证件：残疾人证或残疾军人证。',
		}),
		level: z.number({ error: '请填写等级（数字）。' }).int('等级是整数。'),
		months: z
			.number({ error: '请填写这一年工作了几个月。' })
			.int('月数要填整数。')
			.min(1, '月数最少 1 个月。')
			.max(12, '一年最多 12 个月。'),
	})
	.superRefine(checkCertificateLevel);
export type LevyDisabledEmployeeInput = z.infer<typeof LevyDisabledEmployeeSchema>;

/** `POST /api/quota/levy-estimate`: exactly one of monthlyStaff / averageStaff. */
export const LevyEstimateBodySchema = z
	.object({
		collectionYear: z
			.number({ error: '请填写征收年度，例如 2025。' })
			.int('征收年度是 4 位数的年份，例如 2025。')
			.min(2000, '征收年度是 4 位数的年份，例如 2025。')
			.max(2100, '征收年度是 4 位数的年份，例如 2025。'),
		employerKind: z.enum(LEVY_EMPLOYER_KINDS, {
			error: '请选择单位类型：企业、党政机关、事业单位或社会团体。',
		}),
		monthlyStaff: z
			.array(
				z
					.number({ error: '每月职工人数要填数字。' })
					.int('每月职工人数要填整数。')
					.min(0, '职工人数不能是负数。')
					.max(1_000_000, '职工人数太大了，请核对。'),
				{ error: '每月职工人数要按 1 月到 12 月填 12 个数字。' },
			)
			.superRefine((months, ctx) => {
				if (months.length !== 12)
					ctx.addIssue({
						code: 'custom',
						message: `每月职工人数要填 12 个月（1 月到 12 月），现在是 ${months.length} 个。`,
					});
			})
			.optional(),
		averageStaff: z
			.number({ error: '平均职工人数要填数字。' })
			.min(0, '平均职工人数不能是负数。')
			.max(1_000_000, '平均职工人数太大了，请核对。')
			.refine(twoDecimals, '平均职工人数最多保留两位小数。')
			.optional(),
		wageBill: money('上年职工工资总额'),
		localAverageWage: money('当地社会平均工资')
			.refine((v) => v > 0, '当地社会平均工资要大于 0。')
			.optional(),
		disabledEmployees: z
			.array(LevyDisabledEmployeeSchema, { error: '残疾职工要按列表填写。' })
			.max(2000, '残疾职工最多填 2000 位。')
			.default([]),
	})
	.superRefine((body, ctx) => {
		const hasMonths = body.monthlyStaff !== undefined;
		const hasAverage = body.averageStaff !== undefined;
		if (hasMonths && hasAverage) {
			for (const path of ['monthlyStaff', 'averageStaff'])
				ctx.addIssue({
					code: 'custom',
					path: [path],
					message: '每月职工人数和平均职工人数只填一种。',
				});
		} else if (!hasMonths && !hasAverage) {
			ctx.addIssue({
				code: 'custom',
				path: ['monthlyStaff'],
				message: '请填写 12 个月的职工人数，或者填平均职工人数。',
			});
		}
	});
export type LevyEstimateBody = z.input<typeof LevyEstimateBodySchema>;

export const LevyEstimateSchema = z.object({
	collectionYear: z.number().int(),
	averageStaff: z.number(),
	requiredCount: z.number(),
	countedDisabled: z.number(),
	actualRatio: z.number(),
	shortfall: z.number(),
	localAverageWage: z.number().nullable(),
	averageWage: z.number(),
	wageBase: z.number(),
	grossLevy: z.number(),
	payableRate: z.number(),
	exempt: z.boolean(),
	levyDue: z.number(),
	steps: z.array(z.string()),
});
export type LevyEstimate = z.infer<typeof LevyEstimateSchema>;

export const LevyRuleYearsSchema = z.object({
	provinceCode: z.string(),
	years: z.array(z.number().int()),
});
export type LevyRuleYears = z.infer<typeof LevyRuleYearsSchema>;

/** 用人单位 quota dashboard: one calendar year of the signed-in employer's own figures. */
export const QuotaYearParamsSchema = z.object({
	year: z.coerce
		.number({ error: '年份要写成 4 位数字，例如 2025。' })
		.int('年份要写成 4 位数字，例如 2025。')
		.min(2018, '年份要在 2018 年以后。')
		.max(2100, '年份要写成 4 位数字，例如 2025。'),
});

export const SaveQuotaYearBodySchema = z
	.object({
		monthlyStaff: LevyEstimateBodySchema.shape.monthlyStaff,
		averageStaff: LevyEstimateBodySchema.shape.averageStaff,
		wageBill: money('上年职工工资总额'),
	})
	.superRefine((body, ctx) => {
		if ((body.monthlyStaff === undefined) === (body.averageStaff === undefined))
			ctx.addIssue({
				code: 'custom',
				path: ['monthlyStaff'],
				message: '请填写 12 个月的职工人数，或者只填平均职工人数（两种只填一种）。',
			});
	});
export type SaveQuotaYearBody = z.input<typeof SaveQuotaYearBodySchema>;

export const QuotaEmployeeSchema = z.object({
	id: z.uuid(),
	displayName: z.string(),
	certificateKind: z.enum(['disability', 'military']),
	level: z.number().int(),
	monthsCounted: z.number().int(),
	monthsUsed: z.number().int(),
	counts: z.boolean(),
	contractStart: z.string().nullable(),
	contractEnd: z.string().nullable(),
	monthlyWage: z.number().nullable(),
	insuranceMonths: z.number().int(),
	certificateValidUntil: z.string().nullable(),
	warnings: z.array(z.string()),
});
export type QuotaEmployee = z.infer<typeof QuotaEmployeeSchema>;

export const EmployerQuotaSchema = z.object({
	year: z.number().int(),
	collectionYear: z.number().int(),
	employerName: z.string(),
	employerKind: z.enum(LEVY_EMPLOYER_KINDS),
	figures: z
		.object({
			monthlyStaff: z.array(z.number()).nullable(),
			averageStaff: z.number().nullable(),
			wageBill: z.number(),
		})
		.nullable(),
	employees: z.array(QuotaEmployeeSchema),
	/** 年审 status of the year: 'approved' means only the people staff accepted count. */
	reviewStatus: z.enum(['draft', 'submitted', 'returned', 'approved']),
	notes: z.array(z.string()),
	estimate: LevyEstimateSchema.nullable(),
});
export type EmployerQuota = z.infer<typeof EmployerQuotaSchema>;

export const QuotaWhatIfBodySchema = z
	.object({
		certificate: LevyDisabledEmployeeSchema.shape.certificate,
		level: z.number({ error: '请填写等级（数字）。' }).int('等级是整数。'),
		fromMonth: z
			.number({ error: '请选择从几月开始。' })
			.int('月份是 1 到 12 的整数。')
			.min(1, '月份是 1 到 12。')
			.max(12, '月份是 1 到 12。'),
	})
	.superRefine(checkCertificateLevel);
export type QuotaWhatIfBody = z.infer<typeof QuotaWhatIfBodySchema>;

export const QuotaWhatIfSchema = z.object({
	before: LevyEstimateSchema,
	after: LevyEstimateSchema,
	summary: z.string(),
});
export type QuotaWhatIf = z.infer<typeof QuotaWhatIfSchema>;
