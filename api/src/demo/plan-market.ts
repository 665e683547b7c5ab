import { asc, like } from 'drizzle-orm';
import {
	GraduateInputSchema,
	ProductInputSchema,
	ReferralInputSchema,
	ReferralUpdateInputSchema,
	SupportInputSchema,
	type ReferralInput,
	type ReferralUpdateInput,
} from '@ronghe/contracts';
import { employers } from '@ronghe/db/schema';
import { localDay } from '../modules/postings/postings-filter.sql.js';
import { daysFrom, type DemoContext } from './plan-demo.js';

/** 市场推广: what welfare enterprises, workshops, bases and entrepreneurs sell (public list). */
const PRODUCTS = [
	[
		'五台小米（5 斤装）',
		'农产品',
		'60 元',
		'support_base',
		'东冶镇残疾人就业帮扶基地',
		'140922105',
		'谷子由本村残疾人家庭种植，基地统一脱壳包装，顺丰可寄。',
	],
	[
		'台蘑干货',
		'农产品',
		'每斤 120 元',
		'support_base',
		'金岗库乡食用菌合作社',
		'140971200',
		'合作社菇棚出产的台蘑，晒干后分级包装，适合送礼。',
	],
	[
		'手工编织坐垫',
		'手工艺品',
		'每个 35 元',
		'auxiliary_workshop',
		'晋享家园·五台县阳光辅助性就业中心',
		'140922100',
		'学员手工编织的毛线坐垫，花色可选，单位可批量订购。',
	],
	[
		'剪纸装裱画',
		'手工艺品',
		'80 元起',
		'entrepreneur',
		'巧手剪纸工作室',
		'140922100',
		'五台剪纸传承人（听力残疾）创作，可按要求定制图案。',
	],
	[
		'盲人保健按摩',
		'服务',
		'每次 60 元',
		'entrepreneur',
		'明心盲人保健按摩店',
		'140922100',
		'持证盲人按摩师服务，颈肩腰腿调理，可预约上门。',
	],
	[
		'食品包装纸盒',
		'包装',
		'按订单报价',
		'welfare_enterprise',
		'五台县福康包装制品有限公司',
		'140922105',
		'福利企业生产的各类食品包装盒，可印刷单位标识。',
	],
	[
		'黄花菜干',
		'农产品',
		'每斤 30 元',
		'support_base',
		'阳白乡现代农业循环园区',
		'140922209',
		'园区残疾职工采摘晾晒，无硫熏蒸。',
	],
	[
		'网店代运营',
		'服务',
		'每月 500 元起',
		'entrepreneur',
		'五台县云上电商服务部',
		'140922100',
		'残疾人大学生创业团队，为本地农产品开网店、拍照和直播带货。',
	],
] as const;

async function products(c: DemoContext) {
	for (const [
		i,
		[name, category, price, makerKind, makerName, townshipCode, description],
	] of PRODUCTS.entries())
		await c.s.products.create(
			c.staff,
			ProductInputSchema.parse({
				name,
				category,
				price,
				makerKind,
				makerName,
				townshipCode,
				description,
				contactPhone: `0350-66${String(20_000 + i * 37).slice(0, 5)}`,
				howToBuy: '打电话订购，县城内可送货；也可以到县残联服务大厅看样品。',
			}),
			c.meta,
		);
}

/** Support given to the demo's self-employed and home-based people. */
async function support(c: DemoContext, selfEmployed: { personId: string; start: Date }[]) {
	const kinds = [
		{ kind: 'loan', amount: 50_000, provider: '五台县农村信用合作联社（创业担保贷款贴息）' },
		{ kind: 'subsidy', amount: 5_000, provider: '县残联一次性创业补贴' },
		{ kind: 'incubator', amount: null, provider: '五台县残疾人创业孵化基地' },
	] as const;
	for (const [i, p] of selfEmployed.entries()) {
		const k = kinds[i % kinds.length]!;
		c.clock.at = daysFrom(p.start, 20);
		if (c.clock.at > c.today) c.clock.at = c.today;
		await c.s.selfEmployment.add(
			c.staff,
			p.personId,
			SupportInputSchema.parse({ ...k, grantedOn: localDay(c.clock.at), note: '' }),
			c.meta,
		);
	}
}

/** Referrals from schools, providers and services, each at its own stage; graduates. */
async function referrals(c: DemoContext, pool: string[], courseId: string | null) {
	const [shop] = await c.db
		.select({ id: employers.id })
		.from(employers)
		.where(like(employers.name, '%超市%'))
		.orderBy(asc(employers.name))
		.limit(1);
	const plan: [ReferralInput, ReferralUpdateInput[]][] = [
		[
			{
				personId: pool[0]!,
				fromKind: 'special_school',
				fromName: '五台县特殊教育学校',
				toKind: 'employer',
				employerId: shop?.id ?? null,
				toName: shop ? '' : '五台县万家福超市',
				reason: '毕业生，会收银，想在县城工作',
			},
			[
				{ status: 'in_progress', note: '已约好面试' },
				{
					status: 'succeeded',
					note: '试用合格，签了劳动合同',
					recordEmployment: !!shop,
					form: 'quota',
				},
			],
		],
		[
			{
				personId: pool[1]!,
				fromKind: 'service_agency',
				fromName: '五台县康复中心',
				toKind: 'service',
				toName: '忻州市残疾人辅具中心',
				reason: '需要适配助听器后再找工作',
			},
			[{ status: 'in_progress', note: '已预约评估' }],
		],
		[
			{
				personId: pool[2]!,
				fromKind: 'special_school',
				fromName: '五台县特殊教育学校',
				toKind: 'service',
				toName: '晋享家园·五台县阳光辅助性就业中心',
				reason: '智力残疾，家长希望白天有地方做事',
			},
			[],
		],
		[
			{
				personId: pool[3]!,
				fromKind: 'training_provider',
				fromName: '五台县职业中学',
				toKind: 'employer',
				toName: '五台县人民医院',
				reason: '计算机培训结业，推荐做数据录入',
			},
			[{ status: 'declined', note: '单位这次只招有护理证的' }],
		],
	];
	if (courseId)
		plan.push([
			{
				personId: pool[4]!,
				fromKind: 'federation',
				fromName: '台城镇残联',
				toKind: 'course',
				courseId,
				reason: '想学电商，在家开网店',
			},
			[],
		]);
	for (const [input, updates] of plan) {
		c.clock.at = daysFrom(c.today, -40);
		const r = await c.s.referrals.create(c.staff, ReferralInputSchema.parse(input), c.meta);
		for (const [k, u] of updates.entries()) {
			c.clock.at = daysFrom(c.today, -30 + k * 10);
			await c.s.referrals.update(c.staff, r.id, ReferralUpdateInputSchema.parse(u), c.meta);
		}
	}
	const year = Number(localDay(c.today).slice(0, 4));
	const graduates = [
		['山西大学', '计算机科学与技术', 'bachelor', year],
		['长治医学院', '康复治疗学', 'bachelor', year],
		['忻州师范学院', '汉语言文学', 'bachelor', year - 1],
		['山西职业技术学院', '电子商务', 'junior_college', year - 1],
		['太原理工大学', '会计学', 'master', year - 2],
	] as const;
	c.clock.at = c.today;
	for (const [i, [school, major, degree, graduationYear]] of graduates.entries())
		await c.s.graduates.create(
			c.staff,
			GraduateInputSchema.parse({ personId: pool[5 + i]!, school, major, degree, graduationYear }),
			c.meta,
		);
}

/** Referrals, graduates, the product directory and self-employment support (plan-demo.ts). */
export async function seedPlanMarket(
	c: DemoContext,
	pool: string[],
	selfEmployed: { personId: string; start: Date }[],
	courseId: string | null,
) {
	await support(c, selfEmployed);
	if (pool.length >= 10) await referrals(c, pool, courseId);
	c.clock.at = c.today;
	await products(c);
}
