import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';
import { EMPLOYER_KIND_LABELS, type EmployerKind } from './labels.js';

const KINDS = Object.keys(EMPLOYER_KIND_LABELS) as [EmployerKind, ...EmployerKind[]];
const blank = z.literal('').transform(() => undefined);

/** A calendar year of figures (the levy is collected the year after). */
const dataYear = z.coerce
	.number({ error: '年份要写成 4 位数字，例如 2025。' })
	.int('年份要写成 4 位数字，例如 2025。')
	.min(2018, '年份要在 2018 年以后。')
	.max(2100, '年份要写成 4 位数字，例如 2025。');

export const QuotaOverviewQuerySchema = PageQuerySchema.extend({
	year: dataYear.optional().or(blank),
	kind: z.enum(KINDS, { error: '单位类型选项不正确。' }).optional().or(blank),
	township: z
		.string()
		.regex(/^\d{9}$/, '乡镇代码应为 9 位数字')
		.optional()
		.or(blank),
});
export type QuotaOverviewQuery = z.infer<typeof QuotaOverviewQuerySchema>;

/** One employer's figures in the bureau's lists: aggregates only, never a person. */
export const QuotaEmployerRowSchema = z.object({
	employerId: z.uuid(),
	name: z.string(),
	kind: z.enum(KINDS),
	townshipCode: z.string(),
	townshipName: z.string(),
	averageStaff: z.number(),
	requiredCount: z.number(),
	placedCount: z.number(),
	shortfall: z.number(),
	levyDue: z.number(),
	exempt: z.boolean(),
});
export type QuotaEmployerRow = z.infer<typeof QuotaEmployerRowSchema>;

export const QuotaOverviewSchema = z.object({
	year: z.number().int(),
	collectionYear: z.number().int(),
	employersWithFigures: z.number().int(),
	compliantCount: z.number().int(),
	/** compliant ÷ employers with figures, 0–1; null when no employer has figures */
	complianceRate: z.number().nullable(),
	totalShortfall: z.number(),
	totalLevyDue: z.number(),
	byKind: z.array(
		z.object({
			kind: z.enum(KINDS),
			employers: z.number().int(),
			shortfall: z.number(),
			levyDue: z.number(),
		}),
	),
	byTownship: z.array(
		z.object({
			townshipCode: z.string(),
			townshipName: z.string(),
			employers: z.number().int(),
			compliant: z.number().int(),
			complianceRate: z.number(),
		}),
	),
	list: pageOf(QuotaEmployerRowSchema),
	notes: z.array(z.string()),
});
export type QuotaOverview = z.infer<typeof QuotaOverviewSchema>;

/** 党政机关 ≥ 50 / 事业单位 ≥ 67 编制 below the ratio (schools and kindergartens left out). */
export const QuotaAgenciesQuerySchema = PageQuerySchema.extend({
	year: dataYear.optional().or(blank),
});
export type QuotaAgenciesQuery = z.infer<typeof QuotaAgenciesQuerySchema>;

/** One page of the list, most short first; `total` counts every unit below the ratio. */
export const QuotaAgenciesSchema = z.object({
	year: z.number().int(),
	byYear: z.number().int(),
	agencyMinAuthorizedStaff: z.number().int(),
	institutionMinAuthorizedStaff: z.number().int(),
	excludedSchools: z.number().int(),
	items: z.array(
		z.object({
			employerId: z.uuid(),
			name: z.string(),
			kind: z.enum(['agency', 'institution']),
			townshipCode: z.string(),
			townshipName: z.string(),
			authorizedStaff: z.number().int(),
			/** 'figures': the year's staff figures; 'authorizedStaff': none entered, 编制数 used */
			basis: z.enum(['figures', 'authorizedStaff']),
			requiredCount: z.number(),
			placedCount: z.number(),
			shortfall: z.number(),
		}),
	),
	total: z.number().int(),
	page: z.number().int(),
	pageSize: z.number().int(),
});
export type QuotaAgencies = z.infer<typeof QuotaAgenciesSchema>;

// ---- local wages (当地社会平均工资、最低工资)

const yuan = (label: string) =>
	z
		.number({ error: `${label}要填数字（元）。` })
		.positive(`${label}要大于 0。`)
		.max(100_000_000, `${label}太大了，请核对（单位是元）。`)
		.refine((v) => /^\d+(\.\d{1,2})?$/.test(String(v)), `${label}最多保留两位小数（到分）。`);

export const AreaYearParamsSchema = z.object({
	areaCode: z.string().regex(/^(\d{2}|\d{4}|\d{6})$/, '地区代码是 2、4 或 6 位数字，例如 140922。'),
	year: dataYear,
});

export const SaveLocalWageBodySchema = z.object({
	averageAnnualWage: yuan('当地社会平均工资（年）'),
	minimumMonthlyWage: yuan('最低工资（月）').nullable().optional(),
	source: z.string().trim().max(200, '来源最多 200 个字。').optional().default(''),
});
export type SaveLocalWageBody = z.input<typeof SaveLocalWageBodySchema>;

export const LocalWageSchema = z.object({
	areaCode: z.string(),
	areaName: z.string(),
	year: z.number().int(),
	averageAnnualWage: z.number(),
	minimumMonthlyWage: z.number().nullable(),
	source: z.string(),
	updatedAt: z.iso.datetime({ offset: true }),
});
export const LocalWageListSchema = z.object({
	countyCode: z.string(),
	items: z.array(LocalWageSchema),
});
export type LocalWageList = z.infer<typeof LocalWageListSchema>;

// ---- levy rules (a change of law is a new row)

const ratio = (label: string) =>
	z
		.number({ error: `${label}要填 0 到 1 之间的小数，例如 0.015 表示 1.5%。` })
		.min(0, `${label}要在 0 到 1 之间，例如 0.015 表示 1.5%。`)
		.max(1, `${label}要在 0 到 1 之间，例如 0.015 表示 1.5%。`)
		.refine((v) => /^\d+(\.\d{1,4})?$/.test(String(v)), `${label}最多 4 位小数。`);
const levels = (label: string, top: number) =>
	z
		.array(
			z
				.number({ error: `${label}要填数字。` })
				.int(`${label}要填整数。`)
				.min(1, `${label}是 1 到 ${top} 级。`)
				.max(top, `${label}是 1 到 ${top} 级。`),
		)
		.max(top, `${label}最多 ${top} 个。`);

export const ProvinceYearParamsSchema = z.object({
	provinceCode: z.string().regex(/^\d{2}$/, '省份代码是 2 位数字，例如 14（山西）。'),
	collectionYear: dataYear,
});

export const SaveLevyRuleBodySchema = z.object({
	quotaRatio: ratio('安排比例').refine((v) => v > 0, '安排比例要大于 0。'),
	wageCapMultiple: z
		.number({ error: '封顶倍数要填数字，例如 2。' })
		.positive('封顶倍数要大于 0。')
		.max(10, '封顶倍数最多 10 倍。')
		.nullable(),
	tierThreshold: ratio('分档比例').nullable(),
	rateAtOrAbove: ratio('达到分档比例时的缴纳比例'),
	rateBelow: ratio('不到分档比例时的缴纳比例'),
	smallEnterpriseMaxStaff: z
		.number({ error: '免缴人数要填整数。' })
		.int('免缴人数要填整数。')
		.min(0, '免缴人数不能是负数。')
		.max(10_000, '免缴人数太大了，请核对。')
		.nullable(),
	doubleDisabilityLevels: levels('残疾人证按 2 人算的等级', 4),
	doubleMilitaryGrades: levels('残疾军人证按 2 人算的等级', 10),
	countedMilitaryGrades: levels('残疾军人证算残疾职工的等级', 10),
	averageStaffDecimals: z
		.number({ error: '平均人数保留几位小数要填整数。' })
		.int('平均人数保留几位小数要填整数。')
		.min(0, '平均人数保留 0 到 4 位小数。')
		.max(4, '平均人数保留 0 到 4 位小数。'),
	averageStaffRounding: z.enum(['truncate', 'half_up'], {
		error: '平均人数的取舍方式请选“不四舍五入”或“四舍五入”。',
	}),
	source: z.string().trim().max(500, '依据最多 500 个字。').optional().default(''),
});
export type SaveLevyRuleBody = z.input<typeof SaveLevyRuleBodySchema>;

export const LevyRuleSchema = z.object({
	provinceCode: z.string(),
	collectionYear: z.number().int(),
	quotaRatio: z.number(),
	wageCapMultiple: z.number().nullable(),
	tierThreshold: z.number().nullable(),
	rateAtOrAbove: z.number(),
	rateBelow: z.number(),
	smallEnterpriseMaxStaff: z.number().int().nullable(),
	doubleDisabilityLevels: z.array(z.number().int()),
	doubleMilitaryGrades: z.array(z.number().int()),
	countedMilitaryGrades: z.array(z.number().int()),
	averageStaffDecimals: z.number().int(),
	averageStaffRounding: z.string(),
	source: z.string(),
	updatedAt: z.iso.datetime({ offset: true }),
});
export type LevyRuleRow = z.infer<typeof LevyRuleSchema>;
export const LevyRuleListSchema = z.object({
	provinceCode: z.string(),
	items: z.array(LevyRuleSchema),
});

// ---- public disclosure (公示) and objections (异议)

export const DisclosureYearParamsSchema = z.object({ year: dataYear });

/** A published row: the unit's aggregate figures, never a person. */
export const DisclosureRowSchema = z.object({
	employerId: z.uuid(),
	employerName: z.string(),
	employerKind: z.string(),
	requiredCount: z.number(),
	placedCount: z.number(),
	shortfall: z.number(),
});

const windowFields = {
	year: z.number().int(),
	publishedAt: z.iso.datetime({ offset: true }),
	objectionDays: z.number().int(),
	/** the last moment an objection is accepted */
	closesAt: z.iso.datetime({ offset: true }),
	open: z.boolean(),
};

export const DisclosureSummarySchema = z.object({ ...windowFields, employers: z.number().int() });
export const DisclosureListSchema = z.object({ items: z.array(DisclosureSummarySchema) });
export const DisclosureSchema = z.object({ ...windowFields, rows: z.array(DisclosureRowSchema) });
export type QuotaDisclosure = z.infer<typeof DisclosureSchema>;

export const DisclosurePreviewSchema = z.object({
	year: z.number().int(),
	objectionDays: z.number().int(),
	published: DisclosureSummarySchema.nullable(),
	rows: z.array(DisclosureRowSchema),
});
export type DisclosurePreview = z.infer<typeof DisclosurePreviewSchema>;

export const PublishDisclosureBodySchema = z.object({
	confirm: z.literal(true, { error: '请勾选“我已核对名单”，确认后才能公示。' }),
	note: z.string().trim().max(500, '说明最多 500 个字。').optional().default(''),
});
export type PublishDisclosureBody = z.input<typeof PublishDisclosureBodySchema>;

const must = (max: number, label: string) =>
	z
		.string({ error: `请填写${label}。` })
		.trim()
		.min(1, `请填写${label}。`)
		.max(max, `${label}最多 ${max} 个字。`);

export const FileObjectionBodySchema = z.object({
	submitterName: must(40, '您的姓名'),
	contact: must(60, '联系方式（电话或地址）'),
	employerId: z.uuid({ error: '请选择对哪个单位有异议。' }),
	body: must(2000, '异议内容'),
	// the form's hidden field: a retried submission is the same objection
	idempotencyKey: z
		.string({ error: '表单已过期，请刷新页面后再提交。' })
		.regex(/^[A-Za-z0-9-]{16,64}$/, '表单已过期，请刷新页面后再提交。'),
});
export type FileObjectionBody = z.input<typeof FileObjectionBodySchema>;

export const FiledObjectionSchema = z.object({
	id: z.uuid(),
	year: z.number().int(),
	employerName: z.string(),
	createdAt: z.iso.datetime({ offset: true }),
});
export type FiledObjection = z.infer<typeof FiledObjectionSchema>;

export const ObjectionListQuerySchema = z.object({
	year: dataYear.optional().or(blank),
	status: z
		.enum(['open', 'answered'], { error: '状态只能选“待答复”或“已答复”。' })
		.optional()
		.or(blank),
});

export const ObjectionSchema = z.object({
	id: z.uuid(),
	year: z.number().int(),
	employerId: z.uuid().nullable(),
	employerName: z.string(),
	submitterName: z.string(),
	contact: z.string(),
	body: z.string(),
	status: z.enum(['open', 'answered']),
	response: z.string(),
	createdAt: z.iso.datetime({ offset: true }),
	handledAt: z.iso.datetime({ offset: true }).nullable(),
});
export type Objection = z.infer<typeof ObjectionSchema>;
export const ObjectionListSchema = z.object({ items: z.array(ObjectionSchema) });

export const ObjectionIdParamsSchema = z.object({ objectionId: UuidSchema });
export const AnswerObjectionBodySchema = z.object({ response: must(2000, '答复内容') });
export type AnswerObjectionBody = z.input<typeof AnswerObjectionBodySchema>;
