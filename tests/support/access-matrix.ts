import { expect } from 'vitest';
import { readXlsx } from '../fixtures/roster.js';
import { FAIRS_MATRIX } from './access-matrix-fairs.js';
import { MATCHING_MATRIX } from './access-matrix-matching.js';
import { PRIORITY_MATRIX } from './access-matrix-priority.js';
import { RECORDS_MATRIX } from './access-matrix-records.js';
import { REFERRALS_MATRIX } from './access-matrix-referrals.js';
import {
	A,
	DRAFT,
	NEW_PERSON,
	NOT_EMP1,
	NOT_SEEK1,
	NOT_TOWN_A,
	person,
	POSTINGS,
	privateList,
	privateRead,
	privateWrite,
	PROFILE,
	ROSTER_ROW,
	type Actor,
	type Entry,
} from './tenants.js';

/*
 * Access between tenants: for every resource an operation reaches, the owner succeeds and every
 * other employer, township, seeker and anonymous caller is refused (401/403/404) or does not see
 * it, and a refused write changes nothing. access.test.ts proves which roles may call each
 * operation at all; this file proves the line between callers of the same role.
 */
export const MATRIX: Record<string, Entry> = {
	...MATCHING_MATRIX,
	...PRIORITY_MATRIX,
	...FAIRS_MATRIX,
	...RECORDS_MATRIX,
	...REFERRALS_MATRIX,
	getHealth: { scope: 'open' },
	listTownships: { scope: 'open' },
	getServiceInfo: { scope: 'open' },
	saveSiteInfo: { scope: 'county' },
	saveServiceContact: {
		resource: "township contact (专职委员 of the user's township)",
		check: privateWrite('townA', ['anonymous', 'townB', 'emp1', 'seek1'], async () => ({
			method: 'PUT',
			url: `/api/contacts/${A}`,
			payload: { office: '乡镇残联专职委员', phone: '0350-0000-101' },
		})),
	},
	listPostings: {
		resource: 'posting (draft)',
		check: async (w, h) => {
			for (const who of ['anonymous', 'emp1', 'emp2', 'seek1'] as const) {
				const list = await h.text(who, { method: 'GET', url: '/api/postings' });
				expect(list).toContain(w.published.id);
				expect(list).not.toContain(w.draft.id);
			}
		},
	},
	getPosting: {
		resource: 'posting (draft)',
		check: async (w, h) => {
			const draft = { method: 'GET', url: `/api/postings/${w.draft.id}` } as const;
			await h.others(['anonymous', 'emp1', 'emp2', 'seek1'], draft);
			await h.owner('anonymous', { method: 'GET', url: `/api/postings/${w.published.id}` });
		},
	},
	listFairs: { scope: 'open' },
	listTrainingCourses: { scope: 'open' },
	validateIdentifier: { scope: 'open' },
	login: { scope: 'open' },
	getCurrentUser: { scope: 'self' },
	logout: { scope: 'self' },
	logoutEverywhere: { scope: 'self' },
	changePassword: { scope: 'self' },
	resetPassword: {
		resource: 'seeker account (township of the person)',
		check: privateWrite('townA', ['anonymous', 'townB', 'emp1', 'seek2'], async (w) => ({
			method: 'POST',
			url: `/api/users/${w.resetTarget.user.id}/password-reset`,
		})),
	},
	registerPerson: {
		resource: 'person (registration in a township)',
		check: privateWrite('townA', ['anonymous', 'townB', 'emp1', 'seek1'], async () => ({
			method: 'POST',
			url: '/api/people',
			payload: NEW_PERSON,
		})),
	},
	listPeople: {
		resource: 'person (registry list)',
		check: privateList('townA', ['townB'], '/api/people', (w) => w.personA.fullName),
	},
	getPerson: { resource: 'person', check: privateRead('townA', NOT_TOWN_A, person) },
	unmaskPerson: {
		resource: 'person (full numbers)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/unmask`,
		})),
	},
	exportPeople: {
		resource: 'person (registry export)',
		check: async (w, h) => {
			const rows = async (who: Actor) => {
				const res = await h.call(who, { method: 'GET', url: '/api/people/export' });
				expect(res.statusCode).toBe(200);
				return JSON.stringify(await readXlsx(res.rawPayload));
			};
			expect(await rows('townA')).toContain(w.personA.fullName);
			expect(await rows('townB')).not.toContain(w.personA.fullName);
		},
	},
	exportPeopleByPost: {
		resource: 'person (registry export by POST)',
		check: async (w, h) => {
			const rows = async (who: Actor) => {
				const res = await h.call(who, { method: 'POST', url: '/api/people/export', payload: {} });
				expect(res.statusCode).toBe(200);
				return JSON.stringify(await readXlsx(res.rawPayload));
			};
			expect(await rows('townA')).toContain(w.personA.fullName);
			expect(await rows('townB')).not.toContain(w.personA.fullName);
		},
	},
	listPersonClaims: {
		resource: 'person (accounts waiting to be linked)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/claims`),
	},
	confirmPersonClaim: {
		resource: 'person (linking a waiting account)',
		// the owner's confirmation, with a real claim, is in sign-up.test.ts; here every other
		// caller is refused before the claim is even looked up, and nothing changes
		check: async (w, h) =>
			h.others(NOT_TOWN_A, {
				method: 'POST',
				url: `${person(w)}/claims/00000000-0000-4000-8000-000000000000/confirm`,
			}),
	},
	listAuditEntries: { scope: 'county' },
	startPeopleImport: { scope: 'county' },
	listPeopleImports: { scope: 'county' },
	getPeopleImportTemplate: { scope: 'county' },
	getPeopleImport: { scope: 'county' },
	getPeopleImportErrors: { scope: 'county' },
	listOccupations: { scope: 'open' },
	createOccupation: { scope: 'county' },
	updateOccupation: { scope: 'county' },
	listEmployerPostings: {
		resource: 'posting (own list)',
		check: privateList('emp1', ['emp2'], POSTINGS, (w) => w.draft.id),
	},
	createEmployerPosting: { scope: 'self' },
	getEmployerPosting: {
		resource: 'posting (draft, employer view)',
		check: privateRead('emp1', NOT_EMP1, (w) => `${POSTINGS}/${w.draft.id}`),
	},
	updateEmployerPosting: {
		resource: 'posting (edit)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'PUT',
			url: `${POSTINGS}/${(await w.draftOf()).id}`,
			payload: DRAFT,
		})),
	},
	submitEmployerPosting: {
		resource: 'posting (submit)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: `${POSTINGS}/${(await w.draftOf()).id}/submit`,
		})),
	},
	withdrawEmployerPosting: {
		resource: 'posting (withdraw)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: `${POSTINGS}/${(await w.publishedOf()).id}/withdraw`,
		})),
	},
	closeEmployerPosting: {
		resource: 'posting (close)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: `${POSTINGS}/${(await w.publishedOf()).id}/close`,
		})),
	},
	fillEmployerPosting: {
		resource: 'posting (filled)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: `${POSTINGS}/${(await w.publishedOf()).id}/fill`,
		})),
	},
	listPostingReviews: {
		resource: 'posting (review queue)',
		check: privateList('townA', ['townB'], '/api/reviews/postings', (w) => w.submitted.id),
	},
	getPostingReview: {
		resource: 'posting (review)',
		check: privateRead(
			'townA',
			['anonymous', 'townB', 'emp2', 'seek1'],
			(w) => `/api/reviews/postings/${w.submitted.id}`,
		),
	},
	approvePosting: { scope: 'county' },
	returnPosting: { scope: 'county' },
	signUpEmployer: { scope: 'open' },
	getOwnEmployer: {
		resource: 'employer (own unit)',
		check: privateList('emp1', ['emp2'], '/api/employers/me', (w) => w.e1.id),
	},
	updateOwnEmployer: { scope: 'self' },
	listOwnEmployerUsers: {
		resource: 'employer users',
		check: privateList('emp1', ['emp2'], '/api/employers/me/users', (w) => w.colleague.user.id),
	},
	addOwnEmployerUser: { scope: 'self' },
	disableOwnEmployerUser: {
		resource: 'employer user (disable)',
		check: privateWrite('emp1', ['anonymous', 'emp2', 'townA', 'seek1'], async (w) => ({
			method: 'POST',
			url: `/api/employers/me/users/${w.colleague.user.id}/disable`,
		})),
	},
	listEmployers: {
		resource: 'employer (staff list)',
		check: privateList('townA', ['townB'], '/api/employers', (w) => w.e1.id),
	},
	getEmployer: {
		resource: 'employer (staff view)',
		check: privateRead(
			'townA',
			['anonymous', 'townB', 'emp2', 'seek1'],
			(w) => `/api/employers/${w.e1.id}`,
		),
	},
	reviewEmployer: { scope: 'county' },
	listCandidates: {
		resource: 'candidate (applicant)',
		check: privateList('emp1', ['emp2'], '/api/candidates', (w) => w.applicant.id),
	},
	getCandidate: {
		resource: 'candidate (applicant)',
		check: privateRead(
			'emp1',
			['anonymous', 'emp2', 'seek1', 'townB'],
			(w) => `/api/candidates/${w.applicant.id}`,
		),
	},
	getMyProfile: {
		resource: 'profile (own)',
		check: privateList('seek1', ['seek2'], '/api/me/profile', (w) => w.s1Person.id),
	},
	getPersonProfile: {
		resource: 'profile (staff view)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/profile`),
	},
	listMyConsents: {
		resource: 'consent',
		check: async (_w, h) => {
			const share = async (who: Actor) =>
				(
					JSON.parse(await h.text(who, { method: 'GET', url: '/api/me/consents' })) as {
						items: { kind: string; active: boolean }[];
					}
				).items.find((c) => c.kind === 'share_with_employers')?.active;
			expect(await share('seek1')).toBe(true);
			expect(await share('seek2')).toBe(false);
		},
	},
	grantMyConsent: { scope: 'self' },
	withdrawMyConsent: { scope: 'self' },
	signUp: { scope: 'open' },
	listSavedSearches: {
		resource: 'saved search',
		check: privateList('seek1', ['seek2'], '/api/me/saved-searches', (w) => w.search.id),
	},
	createSavedSearch: { scope: 'self' },
	// privacy rights (PIPL 44–47): the caller's own data only, nothing addressed by id
	getMyData: { scope: 'self' },
	listMyDataViews: { scope: 'self' },
	exportMyData: { scope: 'self' },
	deleteMyAccount: { scope: 'self' },
	// the seeker's own new account: the code proves who they are, nothing is addressed by id
	confirmSignUpClaim: { scope: 'self' },
	deleteSavedSearch: {
		resource: 'saved search (delete)',
		check: privateWrite('seek1', NOT_SEEK1, async (w) => ({
			method: 'DELETE',
			url: `/api/me/saved-searches/${w.search.id}`,
		})),
	},
	listNotifications: {
		resource: 'notification',
		check: async (w, h) => {
			const n = await w.note();
			await privateList('seek1', ['seek2'], '/api/me/notifications', () => n.id)(w, h);
		},
	},
	countUnreadNotifications: { scope: 'self' },
	markNotificationRead: {
		resource: 'notification (mark read)',
		check: privateWrite('seek1', NOT_SEEK1, async (w) => ({
			method: 'POST',
			url: `/api/me/notifications/${(await w.note()).id}/read`,
		})),
	},
	markAllNotificationsRead: {
		resource: 'notification (mark all read)',
		check: async (w, h) => {
			const n = await w.note();
			await h.owner('seek2', { method: 'POST', url: '/api/me/notifications/read-all' });
			const mine = await h.text('seek1', {
				method: 'GET',
				url: '/api/me/notifications?unread=true',
			});
			expect(mine).toContain(n.id);
		},
	},
	getSearchStatus: { scope: 'county' },
	retrySearchFailures: { scope: 'county' },
	estimateLevy: { scope: 'open' },
	listLevyRuleYears: { scope: 'open' },
	getEmployerQuota: { scope: 'self' },
	// the caller's own queues; township scope is checked in home.test.ts
	getStaffHome: { scope: 'self' },
	getEmployerHome: { scope: 'self' },
	getSeekerHome: { scope: 'self' },
	saveEmployerQuotaYear: { scope: 'self' },
	employerQuotaWhatIf: { scope: 'self' },
	listOwnDisabledEmployees: {
		resource: 'roster row (list)',
		check: async (w, h) => {
			const row = await w.rosterRow();
			await privateList('emp1', ['emp2'], '/api/employer/quota/2025/employees', () => row.id)(w, h);
		},
	},
	createOwnDisabledEmployee: { scope: 'self' },
	getOwnDisabledEmployee: {
		resource: 'roster row',
		check: async (w, h) => {
			const row = await w.rosterRow();
			await privateRead('emp1', NOT_EMP1, () => `/api/employer/disabled-employees/${row.id}`)(w, h);
		},
	},
	updateOwnDisabledEmployee: {
		resource: 'roster row (edit)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'PUT',
			url: `/api/employer/disabled-employees/${(await w.rosterRow()).id}`,
			payload: { ...ROSTER_ROW, displayName: '职工乙' },
		})),
	},
	deleteOwnDisabledEmployee: {
		resource: 'roster row (delete)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'DELETE',
			url: `/api/employer/disabled-employees/${(await w.rosterRow()).id}`,
		})),
	},
	submitOwnAnnualReview: { scope: 'self' },
	listAnnualReviews: { scope: 'county' },
	exportAnnualReviews: { scope: 'county' },
	getAnnualReview: { scope: 'county' },
	unmaskAnnualReviewEmployee: { scope: 'county' },
	decideAnnualReviewEmployee: { scope: 'county' },
	approveAnnualReview: { scope: 'county' },
	returnAnnualReview: { scope: 'county' },
	getQuotaOverview: { scope: 'county' },
	exportQuotaOverview: { scope: 'county' },
	listQuotaAgencies: { scope: 'county' },
	listLocalWages: { scope: 'county' },
	saveLocalWage: { scope: 'county' },
	listLevyRules: { scope: 'county' },
	saveLevyRule: { scope: 'county' },
	listDisclosures: { scope: 'open' },
	getDisclosure: { scope: 'open' },
	previewDisclosure: { scope: 'county' },
	publishDisclosure: { scope: 'county' },
	fileObjection: { scope: 'open' },
	listObjections: { scope: 'county' },
	answerObjection: { scope: 'county' },
};

for (const step of Object.keys(PROFILE)) {
	const cap = step[0]!.toUpperCase() + step.slice(1);
	MATRIX[`updateMyProfile${cap}`] = { scope: 'self' };
	MATRIX[`updatePersonProfile${cap}`] = {
		resource: `profile (${step})`,
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'PUT',
			url: `${person(w)}/profile/${step}`,
			payload: PROFILE[step]!,
		})),
	};
}
