import { z } from 'zod';
import { FAIR_STATES } from './fairs.js';

/**
 * The figures of a fair report (issue 14 §9), with their Chinese names. docs/fairs.md#report
 * defines each one.
 */
export const FAIR_REPORT_FIGURE_LABELS = {
	employers: '参会企业数',
	postings: '岗位数',
	headcount: '需求人数',
	seekers: '参会求职者',
	applications: '投递',
	interviews: '面试',
	intentions: '达成意向',
	hires: '录用',
	retained: '回访在岗',
	retained30: '30天回访在岗',
	retained60: '60天回访在岗',
	retained90: '90天回访在岗',
} as const;
export type FairReportFigure = keyof typeof FAIR_REPORT_FIGURE_LABELS;
export const FAIR_REPORT_FIGURES = Object.keys(FAIR_REPORT_FIGURE_LABELS) as [
	FairReportFigure,
	...FairReportFigure[],
];

/** What each figure counts, for table headers: 家, 个, 人, 份, 场, 人次. */
export const FAIR_REPORT_FIGURE_UNITS: Record<FairReportFigure, string> = {
	employers: '家',
	postings: '个',
	headcount: '人',
	seekers: '人',
	applications: '份',
	interviews: '场',
	intentions: '人次',
	hires: '人',
	retained: '人',
	retained30: '人',
	retained60: '人',
	retained90: '人',
};

/** How each figure is counted, in plain words (the page's 这些数字怎么算; docs/fairs.md#report). */
export const FAIR_REPORT_FIGURE_HINTS: Record<FairReportFigure, string> = {
	employers: '展位审核通过的单位，每家算一次。',
	postings: '审核通过的展位带来的岗位。',
	headcount: '这些岗位一共要招的人数。',
	seekers: '报名参加这场招聘会的求职者。',
	applications: '在这场招聘会上投递的简历，每个岗位算一份。',
	interviews: '预约成功、没有取消的面试。',
	intentions: '单位记录了“达成意向”的求职者，一个人和一家单位算一次。',
	hires: '在这场招聘会上投递、现在状态是“已录用”的。',
	retained: '录用的人里，最近一次回访时还在岗的。',
	retained30: '录用后第 30 天回访、回访时还在岗的。',
	retained60: '录用后第 60 天回访、回访时还在岗的。',
	retained90: '录用后第 90 天回访、回访时还在岗的。',
};

export const FAIR_REPORT_DIMENSION_LABELS = {
	category: '按残疾类别',
	level: '按残疾等级',
	township: '按乡镇',
	employerKind: '按单位类型',
} as const;
export type FairReportDimension = keyof typeof FAIR_REPORT_DIMENSION_LABELS;
export const FAIR_REPORT_DIMENSIONS = Object.keys(FAIR_REPORT_DIMENSION_LABELS) as [
	FairReportDimension,
	...FairReportDimension[],
];

/** The first column's header of each breakdown's table. */
export const FAIR_REPORT_DIMENSION_COLUMNS: Record<FairReportDimension, string> = {
	category: '残疾类别',
	level: '残疾等级',
	township: '乡镇',
	employerKind: '单位类型',
};

/** What a reader needs to know to read a breakdown right; shown under its title. */
export const FAIR_REPORT_DIMENSION_NOTES: Partial<Record<FairReportDimension, string>> = {
	township: '参会企业数、岗位数和需求人数按单位所在的乡镇算，其他数字按求职者所在的乡镇算。',
	employerKind: '投递、面试、达成意向、录用和回访按求职者去的那家单位的类型算。',
};

const EMPLOYER_SIDE = ['employers', 'postings', 'headcount'] as const;
const OUTCOMES = [
	'applications',
	'interviews',
	'intentions',
	'hires',
	'retained',
	'retained30',
	'retained60',
	'retained90',
] as const;

/**
 * The figures each breakdown carries. A seeker's category and level say nothing about employers;
 * a registration belongs to no employer, so 参会求职者 has no employer kind. Townships carry both
 * sides: the seeker's township for seeker figures, the employer's for employer figures.
 */
export const FAIR_REPORT_BREAKDOWN_FIGURES: Record<
	FairReportDimension,
	readonly FairReportFigure[]
> = {
	category: ['seekers', ...OUTCOMES],
	level: ['seekers', ...OUTCOMES],
	township: [...EMPLOYER_SIDE, 'seekers', ...OUTCOMES],
	employerKind: [...EMPLOYER_SIDE, ...OUTCOMES],
};

const Count = z.number().int().nonnegative();
const figures = <T extends z.ZodType>(count: T) =>
	z.object({
		employers: count,
		postings: count,
		headcount: count,
		seekers: count,
		applications: count,
		interviews: count,
		intentions: count,
		hires: count,
		retained: count,
		retained30: count,
		retained60: count,
		retained90: count,
	});

/** Every figure for the whole fair; null only for the history totals of an old fair. */
export const FairReportTotalsSchema = figures(Count.nullable());
export type FairReportTotals = z.infer<typeof FairReportTotalsSchema>;

/** One row of a breakdown: the figures of its breakdown (others are absent). */
export const FairReportRowSchema = figures(Count)
	.partial()
	.extend({ key: z.string(), label: z.string() });
export type FairReportRow = z.infer<typeof FairReportRowSchema>;

export const FairReportBreakdownSchema = z.object({
	dimension: z.enum(FAIR_REPORT_DIMENSIONS),
	title: z.string(),
	figures: z.array(z.enum(FAIR_REPORT_FIGURES)),
	rows: z.array(FairReportRowSchema),
});
export type FairReportBreakdown = z.infer<typeof FairReportBreakdownSchema>;

/**
 * A fair's report. `source` is `records` when the figures come from booths, registrations and
 * the rest, `history` for a fair held before those were recorded: then the totals are the stored
 * figures (others null), `breakdowns` is empty and a note says so.
 */
export const FairReportSchema = z.object({
	fair: z.object({
		id: z.uuid(),
		title: z.string(),
		state: z.enum(FAIR_STATES),
		startsAt: z.iso.datetime({ offset: true }),
		endsAt: z.iso.datetime({ offset: true }),
	}),
	generatedAt: z.iso.datetime({ offset: true }),
	source: z.enum(['records', 'history']),
	notes: z.array(z.string()),
	totals: FairReportTotalsSchema,
	breakdowns: z.array(FairReportBreakdownSchema),
});
export type FairReport = z.infer<typeof FairReportSchema>;
