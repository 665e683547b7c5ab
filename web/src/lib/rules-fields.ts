import type { MassageRules, PublicWelfareRules } from '@ronghe/contracts';

/*
 * The rule settings as staff read them on the rules pages: one plain sentence per rule, its unit
 * and, for a choice, the choices. The numbers themselves (and their defaults) come from the API.
 */

export type RuleField<K extends string = string> = {
	id: K;
	label: string;
	/** What the number does, in one line. */
	hint: string;
	unit: string;
	/** A choice between a few numbers (radio buttons) instead of a typed number. */
	choices?: readonly { value: number; label: string }[];
};

export const PUBLIC_WELFARE_RULE_FIELDS: readonly RuleField<keyof PublicWelfareRules>[] = [
	{
		id: 'maxYears',
		label: '一次安置最长几年',
		hint: '每次安置的期满日期不能晚于开始后这么多年。',
		unit: '年',
	},
	{
		id: 'extensionWithinYears',
		label: '离退休不到几年的可以干到退休',
		hint: '第一次安置时离法定退休年龄不到这么多年的，可以一直干到退休。填 0 就没有这个照顾。',
		unit: '年',
	},
	{
		id: 'maxPlacements',
		label: '一个人最多安置几次',
		hint: '已经结束的安置也算。',
		unit: '次',
	},
	{
		id: 'femaleBaseAge',
		label: '女性按哪个原退休年龄算',
		hint: '按 2024 年渐进式延迟退休的决定，在这个年龄上逐步推后。',
		unit: '岁',
		choices: [
			{ value: 50, label: '50 岁（女职工）' },
			{ value: 55, label: '55 岁（女干部）' },
		],
	},
	{
		id: 'alertDays',
		label: '期满前几天提醒',
		hint: '期满前这么多天内的安置列在“快到期”里。',
		unit: '天',
	},
];

export const MASSAGE_RULE_FIELDS: readonly RuleField<keyof MassageRules>[] = [
	{
		id: 'medicalMinArea',
		label: '盲人医疗按摩所最小面积（平方米）',
		hint: '《盲人医疗按摩管理办法》第六条的要求。面积不到的，按摩所列表里会写出来。',
		unit: '平方米',
	},
	{
		id: 'medicalMinBeds',
		label: '盲人医疗按摩所最少按摩床（张）',
		hint: '按摩床比这个数少的医疗按摩所，列表里会写出来。',
		unit: '张',
	},
	{
		id: 'seniorYears',
		label: '医疗按摩所要有一位执业满几年的人',
		hint: '医疗按摩所里至少要有一位执业满这么多年的盲人医疗按摩人员。',
		unit: '年',
	},
	{
		id: 'healthMinArea',
		label: '盲人保健按摩机构最小面积（平方米）',
		hint: '山西的规定还没有核实，默认参照太原市 2006 年的规定。',
		unit: '平方米',
	},
	{
		id: 'healthMinBeds',
		label: '盲人保健按摩机构最少按摩床（张）',
		hint: '按摩床比这个数少的保健按摩机构，列表里会写出来。',
		unit: '张',
	},
	{
		id: 'ceHoursPerYear',
		label: '每人每年继续教育学时',
		hint: '今年学时不到这个数的按摩人员，列表里会写出来。',
		unit: '学时',
	},
];

/** "3 年", "50 岁（女职工）": a rule's value as staff read it. */
export function ruleValueText(field: RuleField, value: number): string {
	return field.choices?.find((c) => c.value === value)?.label ?? `${value} ${field.unit}`;
}
