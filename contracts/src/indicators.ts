import { z } from 'zod';
import { EMPLOYMENT_FORM_CODES } from './profile-codes.js';

/**
 * The plan's indicators (issue 15 §7, docs/indicators.md): what each counts, its unit, which way
 * is good, and the default target (staff set each year's target; null means none set).
 * Sources: 《五台县"十四五"残疾人保障和发展规划》 专栏1 item 2, 专栏3 items 1, 6 and 7.
 */
export const INDICATORS = {
	trained_year: {
		label: '当年参加培训并结业的残疾人',
		unit: '人',
		direction: 'at_least',
		defaultTarget: 20,
		source: '专栏3 第6项：每年不少于20人',
	},
	trained_since_2021: {
		label: '2021年以来累计培训结业的残疾人',
		unit: '人',
		direction: 'at_least',
		defaultTarget: 200,
		source: '专栏1 第2项：到2025年培训200人',
	},
	training_rate: {
		label: '有培训需求的人中已经培训的比例',
		unit: '%',
		direction: 'at_least',
		defaultTarget: 0.8,
		source: '专栏3 第6项：培训率80%',
	},
	new_employment: {
		label: '当年新增就业的残疾人',
		unit: '人',
		direction: 'at_least',
		defaultTarget: null,
		source: '实名制统计：城乡新增就业',
	},
	agencies_owing: {
		label: '还没有安排残疾人的党政机关（编制50人以上）和事业单位（67人以上）',
		unit: '家',
		direction: 'at_most',
		defaultTarget: 0,
		source: '专栏3 第1项：至少安排1名残疾人',
	},
	federation_cadre: {
		label: '县残联干部中有残疾人（1 是，0 否；工作人员填写）',
		unit: '',
		direction: 'at_least',
		defaultTarget: 1,
		source: '专栏3：残联机关干部中应有残疾人',
	},
	public_welfare_disabled: {
		label: '当年在公益性岗位上的残疾人',
		unit: '人',
		direction: 'at_least',
		defaultTarget: null,
		source: '专栏：公益性岗位优先安排残疾人',
	},
	public_welfare_relatives: {
		label: '当年在公益性岗位上的残疾人家庭成员',
		unit: '人',
		direction: 'at_least',
		defaultTarget: null,
		source: '专栏：优先安排残疾人及其家庭成员',
	},
	massage_certified: {
		label: '持有效证书的盲人按摩人员',
		unit: '人',
		direction: 'at_least',
		defaultTarget: null,
		source: '盲人按摩：考试、取证、执业备案',
	},
	fairs_held: {
		label: '当年举办的残疾人招聘会',
		unit: '场',
		direction: 'at_least',
		defaultTarget: null,
		source: '专场招聘会、就业援助月',
	},
} as const satisfies Record<
	string,
	{
		label: string;
		unit: string;
		direction: 'at_least' | 'at_most';
		defaultTarget: number | null;
		source: string;
	}
>;
export type IndicatorCode = keyof typeof INDICATORS;
export const INDICATOR_CODES = Object.keys(INDICATORS) as [IndicatorCode, ...IndicatorCode[]];

/** Indicators that follow the township filter; the others are county-wide. */
export const TOWNSHIP_INDICATORS: readonly IndicatorCode[] = [
	'trained_year',
	'trained_since_2021',
	'training_rate',
	'new_employment',
	'agencies_owing',
	'public_welfare_disabled',
	'public_welfare_relatives',
	'massage_certified',
];

export const INDICATOR_STATUS_LABELS = {
	met: '已达到',
	behind: '还没达到',
	no_target: '没有设目标',
	no_data: '还没有数据',
} as const;
export type IndicatorStatus = keyof typeof INDICATOR_STATUS_LABELS;

/** Whether `actual` meets `target` in the indicator's direction. */
export function indicatorStatus(
	code: IndicatorCode,
	actual: number | null,
	target: number | null,
): IndicatorStatus {
	if (actual === null) return 'no_data';
	if (target === null) return 'no_target';
	const ok = INDICATORS[code].direction === 'at_least' ? actual >= target : actual <= target;
	return ok ? 'met' : 'behind';
}

export const IndicatorQuerySchema = z.object({
	year: z.coerce
		.number({ error: '年份要写数字。' })
		.int()
		.min(2021, '从 2021 年开始。')
		.max(2100, '年份太大了。')
		.optional(),
	township: z.string().max(12).optional(),
});

export const IndicatorSchema = z.object({
	code: z.enum(INDICATOR_CODES),
	label: z.string(),
	unit: z.string(),
	source: z.string(),
	/** A ratio 0–1 for %, a count otherwise; null when it cannot be known (e.g. no needs yet). */
	actual: z.number().nullable(),
	target: z.number().nullable(),
	status: z.enum(['met', 'behind', 'no_target', 'no_data']),
	statusLabel: z.string(),
	/** The people or units behind the number, for staff to follow up. */
	link: z.string().nullable(),
	/** What staff wrote with the year's target or hand-entered figure ('' when nothing). */
	note: z.string(),
	/** A breakdown, e.g. new employment by form, or a fair's registrations and hires. */
	parts: z.array(z.object({ label: z.string(), value: z.number() })),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

export const IndicatorListSchema = z.object({
	year: z.number().int(),
	townshipCode: z.string().nullable(),
	townshipName: z.string().nullable(),
	items: z.array(IndicatorSchema),
});
export type IndicatorList = z.infer<typeof IndicatorListSchema>;

export const IndicatorTargetParamsSchema = z.object({
	year: z.coerce.number().int().min(2021).max(2100),
	code: z.enum(INDICATOR_CODES, { error: '没有这个指标。' }),
});
const amount = z.coerce
	.number({ error: '请写数字。' })
	.min(0, '不能是负数。')
	.max(1_000_000, '数字太大了。');
export const IndicatorTargetInputSchema = z.object({
	target: amount.nullable().default(null),
	manualActual: amount.nullable().default(null),
	note: z.string().trim().max(200, '说明请控制在 200 字以内。').default(''),
});
export type IndicatorTargetInput = z.input<typeof IndicatorTargetInputSchema>;

/** The forms new employment is broken down by. */
export const NEW_EMPLOYMENT_FORMS = EMPLOYMENT_FORM_CODES;

/** The columns of the indicators workbook: sheet 指标, one row per indicator. */
export const INDICATOR_SHEET_COLUMNS = ['指标', '目标', '实际', '单位', '状态', '依据'] as const;
/** Sheet 分项: every indicator's breakdown, one row per part. */
export const INDICATOR_PARTS_COLUMNS = ['指标', '分项', '数'] as const;
