import {
	NOT_EMP1,
	NOT_SEEK1,
	NOT_TOWN_A,
	person,
	privateList,
	privateRead,
	privateWrite,
	type Entry,
} from './tenants.js';

/**
 * The access-matrix entries of matching and the application flow (issue 13): applications,
 * invitations, roster proposals, recommendations and a posting's candidates. access-matrix.ts
 * spreads them into MATRIX; the same rules as there.
 */
export const MATCHING_MATRIX: Record<string, Entry> = {
	// the caller applies for itself; the posting is public
	applyToPosting: { scope: 'self' },
	listMyApplications: {
		resource: 'application (own)',
		check: async (w, h) => {
			const a = await w.applicationOf();
			await privateList('seek1', ['seek2'], '/api/me/applications', () => a.id)(w, h);
		},
	},
	withdrawMyApplication: {
		resource: 'application (withdraw)',
		check: privateWrite('seek1', NOT_SEEK1, async (w) => ({
			method: 'POST',
			url: `/api/me/applications/${(await w.applicationOf()).id}/withdraw`,
		})),
	},
	listMyInvitations: {
		resource: 'invitation (own)',
		check: async (w, h) => {
			const i = await w.invitationOf();
			await privateList('seek1', ['seek2'], '/api/me/invitations', () => i.id)(w, h);
		},
	},
	acceptInvitation: {
		resource: 'invitation (accept)',
		check: privateWrite('seek1', NOT_SEEK1, async (w) => ({
			method: 'POST',
			url: `/api/me/invitations/${(await w.invitationOf()).id}/accept`,
		})),
	},
	declineInvitation: {
		resource: 'invitation (decline)',
		check: privateWrite('seek1', NOT_SEEK1, async (w) => ({
			method: 'POST',
			url: `/api/me/invitations/${(await w.invitationOf()).id}/decline`,
		})),
	},
	listPostingApplications: {
		resource: 'application (per posting)',
		check: privateRead(
			'emp1',
			['anonymous', 'emp2', 'seek1', 'townB'],
			(w) => `/api/employer/postings/${w.published.id}/applications`,
		),
	},
	openApplication: {
		resource: 'application (open, marks viewed)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'GET',
			url: `/api/employer/applications/${(await w.applicationOf()).id}`,
		})),
	},
	setApplicationStatus: {
		resource: 'application (status)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: `/api/employer/applications/${(await w.applicationOf()).id}/status`,
			payload: { status: 'interview' },
		})),
	},
	inviteCandidate: {
		resource: 'candidate (invite the applicant)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: '/api/employer/invitations',
			payload: { personId: w.applicant.id, postingId: w.published.id, message: '欢迎来面试' },
		})),
	},
	// the caller's own employer and year, nothing addressed by id
	listRosterProposals: { scope: 'self' },
	confirmRosterProposal: {
		resource: 'roster proposal (confirm)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: `/api/employer/roster-proposals/${(await w.applicationOf(true)).id}/confirm`,
		})),
	},
	dismissRosterProposal: {
		resource: 'roster proposal (dismiss)',
		check: privateWrite('emp1', NOT_EMP1, async (w) => ({
			method: 'POST',
			url: `/api/employer/roster-proposals/${(await w.applicationOf(true)).id}/dismiss`,
		})),
	},
	countApplications: {
		resource: 'application counts (township)',
		check: async (w, h) => {
			await w.applicationOf();
			await privateList('townA', ['townB'], '/api/applications/counts', () => w.e1.name)(w, h);
		},
	},
	// a seeker's own recommendations: the caller's person only (recommendations.test.ts)
	getMyRecommendations: { scope: 'self' },
	checkMyRecommendation: { scope: 'self' },
	setMyPersonalisation: { scope: 'self' },
	getPostingCandidates: {
		resource: "posting's candidates",
		check: privateRead(
			'emp1',
			['anonymous', 'emp2', 'seek1', 'townB'],
			(w) => `/api/employer/postings/${w.published.id}/candidates`,
		),
	},
	applyForPerson: {
		resource: 'application (staff acting for a seeker)',
		check: privateWrite('townA', NOT_TOWN_A, async (w) => ({
			method: 'POST',
			url: `${person(w)}/postings/${w.published.id}/applications`,
			headers: { 'idempotency-key': 'access-matrix-apply-for' },
		})),
	},
	getPersonRecommendations: {
		resource: 'recommendations (staff acting for a seeker)',
		check: privateRead('townA', NOT_TOWN_A, (w) => `${person(w)}/recommendations`),
	},
};
