import { asc, desc, eq, like } from 'drizzle-orm';
import {
	ClinicInputSchema,
	EmploymentRecordInputSchema,
	FamilyMemberBodySchema,
	PlacementInputSchema,
	PractitionerInputSchema,
	type EmploymentForm,
} from '@ronghe/contracts';
import { makeIdNumber } from '@ronghe/db/demo';
import { employers, people, personCertificates } from '@ronghe/db/schema';
import { localDay } from '../modules/postings/postings-filter.sql.js';
import { daysFrom, type DemoContext } from './plan-demo.js';
import { seedPlanMarket } from './plan-market.js';

/** New jobs of a year by form (the indicators' 新增就业 breakdown). */
const NEW_JOBS: readonly [EmploymentForm, string][] = [
	['concentrated', '五台县福康包装制品有限公司'],
	['self_employed', '自营小卖部'],
	['auxiliary', '晋享家园·五台县阳光辅助性就业中心'],
	['rural_farming', '自家大棚'],
	['flexible', '居家电商客服'],
	['quota', '五台县人民医院'],
];

async function employment(c: DemoContext) {
	const db = c.db;
	const unemployed = await db
		.select({ id: people.id })
		.from(people)
		.where(eq(people.employmentStatus, 'unemployed'))
		.orderBy(desc(people.createdAt), desc(people.id));
	const year = Number(localDay(c.today).slice(0, 4));
	let i = 0;
	const selfEmployed: { personId: string; start: Date }[] = [];
	for (let y = year - 2; y <= year; y += 1)
		for (const [k, [form, name]] of NEW_JOBS.entries()) {
			const person = unemployed[i++];
			const start = new Date(`${y}-${String(3 + k).padStart(2, '0')}-01T00:00:00+08:00`);
			if (!person || start > c.today) continue;
			c.clock.at = start;
			if (form === 'self_employed' || form === 'flexible')
				selfEmployed.push({ personId: person.id, start });
			await c.s.employment.record(
				c.staff,
				person.id,
				EmploymentRecordInputSchema.parse({
					status: 'employed',
					form,
					employerName: name,
					startedOn: localDay(start),
					contract: form === 'self_employed' || form === 'rural_farming' ? 'none' : 'labour',
					socialInsurance: form !== 'rural_farming',
				}),
				c.meta,
			);
		}
	return { rest: unemployed.slice(i).map((p) => p.id), selfEmployed };
}

/** 公益性岗位: six people and two relatives; one term ends within the 60-day alert. */
async function placements(c: DemoContext, candidates: string[]) {
	const posts = [
		'乡村保洁员',
		'护路员',
		'生态护林员',
		'农家书屋管理员',
		'社区协理员',
		'光伏电站看护员',
	];
	const starts = [-1055, -700, -400, -300, -120, -60, -30, -10];
	let next = 0;
	for (const [i, offset] of starts.entries()) {
		const start = daysFrom(c.today, offset);
		c.clock.at = start;
		// someone with at least a year before retirement (the term rules: docs/public-welfare.md)
		let personId: string | undefined;
		while (!personId && next < candidates.length) {
			const id = candidates[next++]!;
			const t = await c.s.placements.term(c.staff, { personId: id, start: localDay(start) });
			if (t.latestEnd > localDay(daysFrom(start, 365))) personId = id;
		}
		if (!personId) return;
		let familyMemberId: string | null = null;
		if (i >= 6) {
			const added = await c.s.priority.addFamily(
				c.staff,
				personId,
				FamilyMemberBodySchema.parse({
					fullName: i === 6 ? '王秀兰' : '李建军',
					relation: i === 6 ? 'spouse' : 'child',
					idNumber: makeIdNumber({
						region: '140922',
						birthDate: i === 6 ? '1986-05-12' : '1998-08-30',
						sequence: 40 + i,
					}),
				}),
				c.meta,
			);
			familyMemberId = added.familyMembers.at(-1)?.id ?? null;
		}
		const term = await c.s.placements.term(c.staff, {
			personId,
			...(familyMemberId ? { familyMemberId } : {}),
			start: localDay(start),
		});
		const rural = i % 3 !== 2;
		const placed = await c.s.placements.create(
			c.staff,
			PlacementInputSchema.parse({
				personId,
				familyMemberId,
				postTitle: posts[i % posts.length],
				employerName: rural ? '台城镇人民政府' : '五台县民政局',
				kind: rural ? 'rural' : 'urban',
				fundingSource: rural ? '衔接推进乡村振兴补助资金' : '就业补助资金',
				startDate: localDay(start),
				endDate: term.latestEnd,
			}),
			c.meta,
		);
		// the monthly ledger for the months already worked, up to three
		for (let m = 1; m <= 3; m += 1) {
			const month = localDay(daysFrom(start, 31 * m)).slice(0, 7);
			if (`${month}-28` > localDay(c.today)) break;
			c.clock.at = new Date(`${month}-28T10:00:00+08:00`);
			await c.s.placements.subsidy(
				c.staff,
				placed.id,
				month,
				{ postSubsidy: 1880, insuranceSubsidy: rural ? 0 : 620 },
				c.meta,
			);
		}
	}
}

/** Blind massage: practitioners who hold the certificate, two clinics (one short of a rule). */
async function massage(c: DemoContext) {
	const db = c.db;
	const holders = await db
		.selectDistinct({ personId: personCertificates.personId })
		.from(personCertificates)
		.where(eq(personCertificates.kind, 'blind_medical_massage'))
		.orderBy(asc(personCertificates.personId))
		.limit(6);
	const shops = await db
		.select({ id: employers.id, name: employers.name, townshipCode: employers.townshipCode })
		.from(employers)
		.where(like(employers.name, '%按摩%'))
		.orderBy(asc(employers.name))
		.limit(2);
	c.clock.at = c.today;
	const year = Number(localDay(c.today).slice(0, 4));
	const made = [];
	for (const [i, h] of holders.entries()) {
		const p = await c.s.massage.savePractitioner(
			c.staff,
			PractitionerInputSchema.parse({
				personId: h.personId,
				qualification: 'medical',
				examYear: 2012 + i * 2,
				practiceSince: `${2013 + i * 2}-03-01`,
				title: i === 0 ? 'physician' : i === 1 ? 'assistant' : 'none',
			}),
			c.meta,
		);
		made.push(p);
		await c.s.massage.setHours(c.staff, p.id, year - 1, i % 3 === 2 ? 6 : 24, c.meta);
	}
	for (const [i, shop] of shops.entries())
		await c.s.massage.saveClinic(
			c.staff,
			null,
			ClinicInputSchema.parse({
				name: shop.name,
				kind: i === 0 ? 'medical' : 'health',
				employerId: shop.id,
				townshipCode: shop.townshipCode,
				operatorPersonId: holders[i]?.personId ?? null,
				areaM2: i === 0 ? 65 : 35,
				beds: i === 0 ? 4 : 2,
				sterilisation: i === 0,
				licenceNumber: i === 0 ? '晋忻卫盲按〔2019〕003号' : '',
			}),
			c.meta,
		);
	return made.length;
}

/**
 * Employment changes of the last three years, 公益性岗位, blind massage, referrals, graduates,
 * the product directory and the federation's cadre figure that staff enter by hand (plan-demo.ts).
 */
export async function seedPlanRecords(c: DemoContext, runningCourseId: string | null) {
	const { rest, selfEmployed } = await employment(c);
	await placements(c, rest.slice(-40));
	await massage(c);
	await seedPlanMarket(c, c.take(10), selfEmployed, runningCourseId);
	c.clock.at = c.today;
	const year = Number(localDay(c.today).slice(0, 4));
	for (let y = 2021; y <= year; y += 1)
		await c.s.indicators.saveTarget(
			c.staff,
			y,
			'federation_cadre',
			{ target: 1, manualActual: 1, note: '县残联领导班子中有 1 名残疾人干部' },
			c.meta,
		);
}
