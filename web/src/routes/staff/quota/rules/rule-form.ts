import type { LevyRuleRow } from '@ronghe/contracts';
import { parseNumber } from '$lib/form-values';

export const RULE_FIELDS = [
	'collectionYear',
	'quotaRatio',
	'wageCapMultiple',
	'tierThreshold',
	'rateAtOrAbove',
	'rateBelow',
	'smallEnterpriseMaxStaff',
	'doubleDisabilityLevels',
	'doubleMilitaryGrades',
	'countedMilitaryGrades',
	'averageStaffDecimals',
	'averageStaffRounding',
	'source',
] as const;
export type RuleField = (typeof RULE_FIELDS)[number];
export type RuleValues = Record<RuleField, string>;

export const RULE_LABELS: Record<RuleField, string> = {
	collectionYear: '征收年度',
	quotaRatio: '安排比例',
	wageCapMultiple: '工资封顶倍数',
	tierThreshold: '分档比例',
	rateAtOrAbove: '达到分档比例时交',
	rateBelow: '不到分档比例时交',
	smallEnterpriseMaxStaff: '小微企业免缴人数',
	doubleDisabilityLevels: '残疾人证 1 人算 2 人的等级',
	doubleMilitaryGrades: '残疾军人证 1 人算 2 人的等级',
	countedMilitaryGrades: '残疾军人证算残疾职工的等级',
	averageStaffDecimals: '平均人数保留几位小数',
	averageStaffRounding: '平均人数取舍',
	source: '依据（文件名称和文号）',
};

/** The one-line inputs of the rule form, in form order (the rounding radios and `source` follow). */
export const RULE_TEXT_FIELDS: {
	id: Exclude<RuleField, 'averageStaffRounding' | 'source'>;
	hint: string;
	inputmode?: 'numeric' | 'decimal';
	labelSuffix?: string;
}[] = [
	{ id: 'collectionYear', inputmode: 'numeric', hint: '新增一年就填新的年份。' },
	{ id: 'quotaRatio', inputmode: 'decimal', hint: '0 到 1 之间的小数，山西现在是 0.015（1.5%）。' },
	{ id: 'wageCapMultiple', inputmode: 'decimal', hint: '例如 2；空着表示不封顶。' },
	{ id: 'tierThreshold', inputmode: 'decimal', hint: '例如 0.01（1%）；空着表示不分档。' },
	{
		id: 'rateAtOrAbove',
		inputmode: 'decimal',
		labelSuffix: '（比例）',
		hint: '例如 0.5 表示交 50%。',
	},
	{ id: 'rateBelow', inputmode: 'decimal', labelSuffix: '（比例）', hint: '例如 0.9 表示交 90%。' },
	{ id: 'smallEnterpriseMaxStaff', inputmode: 'numeric', hint: '例如 30；空着表示不免缴。' },
	{ id: 'doubleDisabilityLevels', hint: '用顿号隔开，例如 1、2。' },
	{ id: 'doubleMilitaryGrades', hint: '例如 1、2、3。' },
	{ id: 'countedMilitaryGrades', hint: '例如 1-8。' },
	{ id: 'averageStaffDecimals', inputmode: 'numeric', hint: '0 到 4。' },
];

const text = (v: number | null) => (v === null ? '' : String(v));
export const valuesOf = (r: LevyRuleRow, collectionYear = r.collectionYear): RuleValues => ({
	collectionYear: String(collectionYear),
	quotaRatio: String(r.quotaRatio),
	wageCapMultiple: text(r.wageCapMultiple),
	tierThreshold: text(r.tierThreshold),
	rateAtOrAbove: String(r.rateAtOrAbove),
	rateBelow: String(r.rateBelow),
	smallEnterpriseMaxStaff: text(r.smallEnterpriseMaxStaff),
	doubleDisabilityLevels: r.doubleDisabilityLevels.join('、'),
	doubleMilitaryGrades: r.doubleMilitaryGrades.join('、'),
	countedMilitaryGrades: r.countedMilitaryGrades.join('、'),
	averageStaffDecimals: String(r.averageStaffDecimals),
	averageStaffRounding: r.averageStaffRounding,
	source: r.source,
});

/** "1、2" or "1,2" or "1 2" or "1-8" → [1, 2]; a word that is not a number stays NaN for the schema. */
function levels(raw: string): number[] {
	return raw
		.split(/[,，、\s]+/)
		.filter(Boolean)
		.flatMap((part) => {
			const range = /^(\d+)[-–—~～至到](\d+)$/.exec(part);
			if (!range) return [Number(parseNumber(part))];
			const [from, to] = [Number(range[1]), Number(range[2])];
			return to >= from && to - from < 20
				? Array.from({ length: to - from + 1 }, (_, i) => from + i)
				: [Number.NaN];
		});
}
const orNull = (raw: string) => (raw.trim() === '' ? null : parseNumber(raw));

export function toRuleBody(v: RuleValues) {
	return {
		quotaRatio: parseNumber(v.quotaRatio),
		wageCapMultiple: orNull(v.wageCapMultiple),
		tierThreshold: orNull(v.tierThreshold),
		rateAtOrAbove: parseNumber(v.rateAtOrAbove),
		rateBelow: parseNumber(v.rateBelow),
		smallEnterpriseMaxStaff: orNull(v.smallEnterpriseMaxStaff),
		doubleDisabilityLevels: levels(v.doubleDisabilityLevels),
		doubleMilitaryGrades: levels(v.doubleMilitaryGrades),
		countedMilitaryGrades: levels(v.countedMilitaryGrades),
		averageStaffDecimals: parseNumber(v.averageStaffDecimals),
		averageStaffRounding: v.averageStaffRounding,
		source: v.source,
	};
}

/** What a save would change, field by field, for the person to confirm (all of it when new). */
export function ruleChanges(old: RuleValues | null, values: RuleValues) {
	return RULE_FIELDS.filter((f) => f !== 'collectionYear' && (!old || old[f] !== values[f])).map(
		(f) => ({
			label: RULE_LABELS[f],
			from: old ? old[f] || '（空）' : null,
			to: values[f] || '（空）',
		}),
	);
}
