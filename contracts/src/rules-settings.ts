import { z } from 'zod';
import { DEFAULT_MASSAGE_RULES, type MassageRules } from './massage.js';
import { DEFAULT_PUBLIC_WELFARE_RULES, type PublicWelfareRules } from './public-welfare-term.js';

/*
 * The rule settings county staff change themselves (issue 15: every default we chose is
 * configurable): the 公益性岗位 term rules and the blind-massage thresholds. Each is stored as one
 * JSON row of `settings`; a stored field that is missing or out of range falls back to its
 * default, so a partial or damaged row never stops the pages that use the rules.
 */

/** A whole number between `min` and `max`, with the messages staff read next to the field. */
const whole = (what: string, unit: string, min: number, max: number) =>
	z
		.number({
			error: (iss) => (iss.input === undefined ? `请填写${what}。` : `${what}要写数字。`),
		})
		.int(`${what}请写整数。`)
		.min(min, `${what}最少 ${min} ${unit}。`)
		.max(max, `${what}最多 ${max} ${unit}。`);

export const PublicWelfareRulesSchema = z.object({
	maxYears: whole('一次安置的最长年限', '年', 1, 10),
	extensionWithinYears: whole('可以干到退休的年限', '年', 0, 10),
	maxPlacements: whole('一个人最多安置的次数', '次', 1, 10),
	femaleBaseAge: z.union([z.literal(50), z.literal(55)], {
		error: '请选择女性的原退休年龄：50 岁（女职工）或 55 岁（女干部）。',
	}),
	alertDays: whole('提前提醒的天数', '天', 7, 365),
}) satisfies z.ZodType<PublicWelfareRules>;

export const MassageRulesSchema = z.object({
	medicalMinArea: whole('医疗按摩所的最小面积', '平方米', 1, 1000),
	medicalMinBeds: whole('医疗按摩所的最少床位', '张', 1, 100),
	seniorYears: whole('执业年限', '年', 0, 50),
	healthMinArea: whole('保健按摩机构的最小面积', '平方米', 1, 1000),
	healthMinBeds: whole('保健按摩机构的最少床位', '张', 1, 100),
	ceHoursPerYear: whole('每年继续教育学时', '学时', 0, 200),
}) satisfies z.ZodType<MassageRules>;

/**
 * The rules in force: each stored field that passes its check, the default for every other.
 * `stored` is the raw settings value (anything, or undefined when nothing is stored).
 */
export function mergeRules<T extends Record<string, unknown>>(
	schema: z.ZodObject,
	defaults: T,
	stored: unknown,
): T {
	const out: Record<string, unknown> = { ...defaults };
	if (stored && typeof stored === 'object' && !Array.isArray(stored))
		for (const [key, field] of Object.entries(schema.shape)) {
			const parsed = (field as z.ZodType).safeParse((stored as Record<string, unknown>)[key]);
			if (parsed.success) out[key] = parsed.data;
		}
	return out as T;
}

export const publicWelfareRulesOf = (stored: unknown): PublicWelfareRules =>
	mergeRules(PublicWelfareRulesSchema, DEFAULT_PUBLIC_WELFARE_RULES, stored);

export const massageRulesOf = (stored: unknown): MassageRules =>
	mergeRules(MassageRulesSchema, DEFAULT_MASSAGE_RULES, stored);

/** The rules in force, the defaults beside them, and who saved them last (null: never saved). */
const viewOf = <S extends z.ZodType>(rules: S) =>
	z.object({
		rules,
		defaults: rules,
		updatedAt: z.iso.datetime({ offset: true }).nullable(),
		updatedBy: z.string().nullable(),
	});

export const PublicWelfareRulesViewSchema = viewOf(PublicWelfareRulesSchema);
export type PublicWelfareRulesView = z.infer<typeof PublicWelfareRulesViewSchema>;
export const MassageRulesViewSchema = viewOf(MassageRulesSchema);
export type MassageRulesView = z.infer<typeof MassageRulesViewSchema>;
