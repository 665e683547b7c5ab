import { z } from 'zod';
import { pageOf, PageQuerySchema, UuidSchema } from './common.js';

/**
 * Blind massage practitioners and clinics (issue 15 §5, docs/massage.md). The clinic conditions
 * are 《盲人医疗按摩管理办法》第六条 for a 盲人医疗按摩所; the thresholds are settings.
 */

export const MASSAGE_QUALIFICATION_LABELS = {
	medical: '盲人医疗按摩',
	health: '盲人保健按摩',
} as const;
export type MassageQualification = keyof typeof MASSAGE_QUALIFICATION_LABELS;

/** Title ladder seen in use (full ladder UNCONFIRMED, docs/domain.md "Blind massage"). */
export const MASSAGE_TITLE_LABELS = {
	none: '暂无职称',
	assistant: '按摩医士',
	physician: '按摩医师',
	attending: '主治按摩医师',
	associate_chief: '副主任按摩医师',
	chief: '主任按摩医师',
} as const;
export type MassageTitle = keyof typeof MASSAGE_TITLE_LABELS;
export const MASSAGE_TITLES = Object.keys(MASSAGE_TITLE_LABELS) as [
	MassageTitle,
	...MassageTitle[],
];

export const CLINIC_KIND_LABELS = {
	medical: '盲人医疗按摩所',
	health: '盲人保健按摩机构',
} as const;
export type ClinicKind = keyof typeof CLINIC_KIND_LABELS;

export type MassageRules = {
	/** 第六条: floor area of a 盲人医疗按摩所, m². */
	medicalMinArea: number;
	medicalMinBeds: number;
	/** 第六条: at least one practitioner with this many years of practice. */
	seniorYears: number;
	/** 保健按摩 institutions (山西 rules UNCONFIRMED; 太原 2006: 25 m², 3 beds). */
	healthMinArea: number;
	healthMinBeds: number;
	/** Continuing education a practitioner needs a year (a provincial plan: 20 学时). */
	ceHoursPerYear: number;
};

export const DEFAULT_MASSAGE_RULES: MassageRules = {
	medicalMinArea: 40,
	medicalMinBeds: 1,
	seniorYears: 5,
	healthMinArea: 25,
	healthMinBeds: 3,
	ceHoursPerYear: 20,
};

export type ClinicFacts = {
	kind: ClinicKind;
	areaM2: number;
	beds: number;
	sterilisation: boolean;
	/** The operator holds a medical massage qualification (第六条: the operator is a practitioner). */
	operatorQualified: boolean;
	/** Practice start dates of the practitioners filed (执业备案) at the clinic. */
	practiceSince: readonly (string | null)[];
};

/** What a clinic still lacks on `today`, in plain words; empty when it meets every condition. */
export function clinicShortfalls(
	c: ClinicFacts,
	today: string,
	rules: MassageRules = DEFAULT_MASSAGE_RULES,
): string[] {
	const out: string[] = [];
	const medical = c.kind === 'medical';
	const minArea = medical ? rules.medicalMinArea : rules.healthMinArea;
	const minBeds = medical ? rules.medicalMinBeds : rules.healthMinBeds;
	if (c.areaM2 < minArea) out.push(`面积 ${c.areaM2} 平方米，不到 ${minArea} 平方米。`);
	if (c.beds < minBeds) out.push(`按摩床 ${c.beds} 张，不到 ${minBeds} 张。`);
	if (c.practiceSince.length === 0) out.push('还没有按摩人员在这里执业备案。');
	if (medical) {
		if (!c.sterilisation) out.push('没有必要的消毒设备。');
		if (!c.operatorQualified) out.push('开办人不是盲人医疗按摩人员。');
		const y = Number(today.slice(0, 4)) - rules.seniorYears;
		const cutoff = `${y}${today.slice(4)}`;
		if (!c.practiceSince.some((d) => d !== null && d <= cutoff))
			out.push(`没有一位执业满 ${rules.seniorYears} 年的盲人医疗按摩人员。`);
	}
	return out;
}

/** What a practitioner still lacks: a certificate, the filing, this year's continuing education. */
export function practitionerShortfalls(
	p: {
		qualification: MassageQualification;
		certified: boolean;
		registeredClinicId: string | null;
		hoursThisYear: number;
	},
	rules: MassageRules = DEFAULT_MASSAGE_RULES,
): string[] {
	const out: string[] = [];
	if (!p.certified)
		out.push(
			p.qualification === 'medical'
				? '没有有效的《盲人医疗按摩人员从事医疗按摩资格证书》。'
				: '没有有效的保健按摩师证书。',
		);
	if (p.qualification === 'medical' && !p.registeredClinicId) out.push('还没有执业备案。');
	if (p.hoursThisYear < rules.ceHoursPerYear)
		out.push(`今年继续教育 ${p.hoursThisYear} 学时，不到 ${rules.ceHoursPerYear} 学时。`);
	return out;
}

export const PractitionerSchema = z.object({
	id: z.uuid(),
	personId: z.uuid(),
	personName: z.string(),
	townshipName: z.string(),
	qualification: z.enum(['medical', 'health']),
	examYear: z.number().int().nullable(),
	practiceSince: z.iso.date().nullable(),
	title: z.enum(MASSAGE_TITLES),
	titleLabel: z.string(),
	registeredClinicId: z.uuid().nullable(),
	registeredClinicName: z.string().nullable(),
	registeredOn: z.iso.date().nullable(),
	certified: z.boolean(),
	hours: z.array(z.object({ year: z.number().int(), hours: z.number().int() })),
	shortfalls: z.array(z.string()),
});
export type Practitioner = z.infer<typeof PractitionerSchema>;
export const PractitionerListSchema = pageOf(PractitionerSchema);

export const PractitionerInputSchema = z.object({
	personId: UuidSchema,
	qualification: z.enum(['medical', 'health'], { error: '请选择医疗按摩或保健按摩。' }),
	examYear: z.coerce
		.number({ error: '考试年份要写数字。' })
		.int()
		.min(2010, '全国盲人医疗按摩人员考试从 2010 年开始。')
		.max(2100)
		.nullable()
		.default(null),
	practiceSince: z.iso
		.date({ error: '请填写开始执业的日期，格式如 2018-03-01。' })
		.nullable()
		.default(null),
	title: z.enum(MASSAGE_TITLES, { error: '请从列表里选择职称。' }).default('none'),
	registeredClinicId: UuidSchema.nullable().default(null),
	registeredOn: z.iso
		.date({ error: '请填写备案日期，格式如 2024-03-01。' })
		.nullable()
		.default(null),
});
export type PractitionerInput = z.input<typeof PractitionerInputSchema>;
export type PractitionerData = z.output<typeof PractitionerInputSchema>;

export const CeHoursParamsSchema = z.object({
	practitionerId: UuidSchema,
	year: z.coerce.number().int().min(2000).max(2100),
});
export const CeHoursInputSchema = z.object({
	hours: z.coerce
		.number({ error: '学时要写数字。' })
		.int('学时要写整数。')
		.min(0, '学时不能是负数。')
		.max(1000, '学时太多了。'),
});

export const ClinicSchema = z.object({
	id: z.uuid(),
	name: z.string(),
	kind: z.enum(['medical', 'health']),
	kindLabel: z.string(),
	employerId: z.uuid().nullable(),
	employerName: z.string().nullable(),
	townshipCode: z.string(),
	townshipName: z.string(),
	operatorPersonId: z.uuid().nullable(),
	operatorName: z.string().nullable(),
	areaM2: z.number().int(),
	beds: z.number().int(),
	sterilisation: z.boolean(),
	licenceNumber: z.string(),
	practitioners: z.array(
		z.object({ id: z.uuid(), name: z.string(), practiceSince: z.iso.date().nullable() }),
	),
	shortfalls: z.array(z.string()),
});
export type Clinic = z.infer<typeof ClinicSchema>;
export const ClinicListSchema = pageOf(ClinicSchema);
export const MassageListQuerySchema = PageQuerySchema;

export const ClinicInputSchema = z.object({
	name: z.string().trim().min(2, '请填写名称。').max(100, '名称太长了。'),
	kind: z.enum(['medical', 'health'], { error: '请选择医疗按摩所或保健按摩机构。' }),
	employerId: UuidSchema.nullable().default(null),
	townshipCode: z.string({ error: '请选择乡镇。' }).trim().min(1, '请选择乡镇。'),
	operatorPersonId: UuidSchema.nullable().default(null),
	areaM2: z.coerce
		.number({ error: '面积要写数字。' })
		.int('面积请写整数（平方米）。')
		.min(0)
		.max(100_000),
	beds: z.coerce.number({ error: '床位要写数字。' }).int('床位要写整数。').min(0).max(1000),
	sterilisation: z.boolean().default(false),
	licenceNumber: z.string().trim().max(50, '执业许可证号太长了。').default(''),
});
export type ClinicInput = z.input<typeof ClinicInputSchema>;
export type ClinicData = z.output<typeof ClinicInputSchema>;
export const ClinicParamsSchema = z.object({ clinicId: UuidSchema });
export const PractitionerParamsSchema = z.object({ practitionerId: UuidSchema });
