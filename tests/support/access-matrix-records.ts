import { publicWelfarePlacements, trainingCourses, trainingNeeds } from '@ronghe/db/schema';
import { ENTERPRISE_MATRIX } from './access-matrix-enterprise.js';
import {
	NOT_TOWN_A,
	person,
	privateList,
	privateRead,
	privateWrite,
	type Entry,
	type World,
} from './tenants.js';

/*
 * The access-matrix entries of a person's records (issue 15): training courses are public; staff
 * set them up, take attendance and record results; 代办 enrolment and the employment history act
 * for a person of the caller's township only; a seeker's own enrolment comes from the session.
 * access-matrix.ts spreads them into MATRIX.
 */

const courses = new WeakMap<World, string>();

/** One course far enough ahead that anyone may still sign up. */
async function courseOf(w: World) {
	const known = courses.get(w);
	if (known) return known;
	const start = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
	const [c] = await w.db
		.insert(trainingCourses)
		.values({
			title: '矩阵测试课程',
			provider: '县残联',
			townshipCode: '140922100',
			startDate: start,
			endDate: start,
			seats: 10,
		})
		.returning();
	courses.set(w, c!.id);
	return c!.id;
}

const placements = new WeakMap<World, string>();

/** An ended placement of person A (2025), for the ledger and end checks. */
async function placementOf(w: World) {
	const known = placements.get(w);
	if (known) return known;
	const [p] = await w.db
		.insert(publicWelfarePlacements)
		.values({
			personId: w.personA.id,
			postTitle: '护路员',
			employerName: '台城镇人民政府',
			kind: 'rural',
			townshipCode: w.personA.townshipCode,
			startDate: '2025-01-01',
			endDate: '2027-12-31',
			placementNumber: 1,
		})
		.returning();
	placements.set(w, p!.id);
	return p!.id;
}

/** An open training need of person A, recorded straight into the table. */
async function needOf(w: World, what: string) {
	const [n] = await w.db
		.insert(trainingNeeds)
		.values({ personId: w.personA.id, what, occupationCode: null })
		.returning();
	return n!.id;
}

export const RECORDS_MATRIX: Record<string, Entry> = {
	getTrainingCourse: { scope: 'open' },
	createTrainingCourse: { scope: 'county' },
	updateTrainingCourse: { scope: 'county' },
	enrolInTrainingCourse: { scope: 'self' },
	withdrawFromTrainingCourse: { scope: 'self' },
	listMyTraining: { scope: 'self' },
	recordTrainingAttendance: { scope: 'county' },
	recordTrainingResult: { scope: 'county' },
	saveIndicatorTarget: { scope: 'county' },
	exportRealNameStatistics: { scope: 'county' },
	exportRealNameStatisticsByPost: { scope: 'county' },
	listIndicators: {
		resource: 'indicators (township staff see their own township)',
		check: async (w, h) => {
			const url = '/api/indicators';
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url });
			await h.owner('townA', { method: 'GET', url });
		},
	},
	exportIndicators: {
		resource: 'indicators workbook (township staff get their own township)',
		check: async (w, h) => {
			const url = '/api/indicators/export.xlsx';
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url });
			await h.owner('townA', { method: 'GET', url });
		},
	},
	listMassagePractitioners: { scope: 'county' },
	getMassagePractitioner: { scope: 'county' },
	saveMassagePractitioner: { scope: 'county' },
	setMassageCeHours: { scope: 'county' },
	listMassageClinics: { scope: 'county' },
	createMassageClinic: { scope: 'county' },
	getMassageClinic: { scope: 'county' },
	updateMassageClinic: { scope: 'county' },
	// the rule settings hold nothing of one township or person
	getMassageRules: { scope: 'open' },
	saveMassageRules: { scope: 'county' },
	getPublicWelfareRules: { scope: 'open' },
	savePublicWelfareRules: { scope: 'county' },
	enrolPersonInTrainingCourse: {
		resource: 'training enrolment (staff acting for a person of their township)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/training-courses/${await courseOf(w)}/enrolments`,
		})),
	},
	listTrainingEnrolments: {
		resource: 'course roster (staff; township staff see their own people)',
		check: async (w, h) => {
			const url = `/api/training-courses/${await courseOf(w)}/enrolments`;
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url });
			await h.owner('townA', { method: 'GET', url });
		},
	},
	listPersonTraining: {
		resource: 'a person’s courses (township of the person)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/training`),
	},
	getEmploymentHistory: {
		resource: 'employment history (township of the person)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/employment`),
	},
	recordEmployment: {
		resource: 'employment history (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/employment`,
			payload: { status: 'unemployed', unemployedReason: 7 },
		})),
	},
	listPlacements: {
		resource: 'public-welfare placements (township staff see their own)',
		check: async (w, h) => {
			const url = '/api/public-welfare/placements';
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url });
			await h.owner('townA', { method: 'GET', url });
		},
	},
	listPlacementCandidates: {
		resource: 'placement candidates (township staff see their own)',
		check: async (w, h) => {
			const url = '/api/public-welfare/candidates';
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url });
			await h.owner('townA', { method: 'GET', url });
		},
	},
	getPlacementTerm: {
		resource: 'placement term (township of the person)',
		check: privateRead(
			'townA',
			NOT_TOWN_A,
			(w) => `/api/public-welfare/term?personId=${w.personA.id}&start=2026-01-05`,
		),
	},
	createPlacement: {
		resource: 'public-welfare placement (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: '/api/public-welfare/placements',
			payload: {
				personId: w.personA.id,
				postTitle: '乡村保洁员',
				employerName: '台城镇人民政府',
				kind: 'rural',
				startDate: '2026-01-05',
				endDate: '2027-01-04',
			},
		})),
	},
	getPlacement: {
		resource: 'public-welfare placement (township of the person)',
		check: async (w, h) => {
			const url = `/api/public-welfare/placements/${await placementOf(w)}`;
			await privateRead('townA', NOT_TOWN_A, () => url)(w, h);
		},
	},
	setPlacementSubsidy: {
		resource: 'public-welfare placement (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'PUT',
			url: `/api/public-welfare/placements/${await placementOf(w)}/subsidies/2025-03`,
			payload: { postSubsidy: 1500, insuranceSubsidy: 400 },
		})),
	},
	endPlacement: {
		resource: 'public-welfare placement (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `/api/public-welfare/placements/${await placementOf(w)}/end`,
			payload: { endedOn: '2025-06-30', reason: '本人辞职' },
		})),
	},
	listPersonTrainingNeeds: {
		resource: 'a person’s training needs (township of the person)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/training-needs`),
	},
	recordTrainingNeed: {
		resource: 'a person’s training needs (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/training-needs`,
			payload: { what: '学电脑打字', reason: '想找文员的工作' },
		})),
	},
	removeTrainingNeed: {
		resource: 'a person’s training needs (township of the person)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'DELETE',
			url: `${person(w)}/training-needs/${await needOf(w, '矩阵测试：登记错的需求')}`,
		})),
	},
	listTrainingNeeds: {
		resource: 'training needs across people (township staff see their own)',
		check: async (w, h) => {
			const id = await needOf(w, '矩阵测试：想学的手艺');
			const url = '/api/training-needs?pageSize=100';
			await h.others(['anonymous', 'emp1', 'seek1'], { method: 'GET', url });
			await privateList('townA', ['townB'], url, () => id)(w, h);
		},
	},
	...ENTERPRISE_MATRIX,
};
