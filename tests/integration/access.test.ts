import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@ronghe/contracts';
import { createEmployer, createUser } from '../fixtures/factories.js';
import { useApi } from '../support/app.js';

type Caller = 'anonymous' | Role;
const CALLERS: Caller[] = [
	'anonymous',
	'seeker',
	'employer',
	'bureau',
	'federation',
	'township',
	'admin',
];
const STAFF: Caller[] = ['admin', 'bureau', 'federation', 'township'];
const SIGNED_IN = CALLERS.filter((c) => c !== 'anonymous');

/**
 * Who may call each operation. Every operation in the OpenAPI document must appear here, so a
 * new route cannot ship without its access rule being tested for every role.
 */
const ACCESS: Record<string, Caller[]> = {
	getHealth: CALLERS,
	listTownships: CALLERS,
	getServiceInfo: CALLERS,
	saveServiceContact: STAFF,
	saveSiteInfo: ['admin', 'bureau', 'federation'],
	listPostings: CALLERS,
	getPosting: CALLERS,
	listFairs: CALLERS,
	getFair: CALLERS,
	getFairCounters: CALLERS,
	streamFairLive: CALLERS,
	// every signed-in caller reaches the operation; only the chat's two sides get past the 404
	listFairChatMessages: SIGNED_IN,
	postFairChatMessage: SIGNED_IN,
	streamFairChat: SIGNED_IN,
	listBoothSlots: CALLERS,
	createFair: ['admin', 'bureau', 'federation'],
	updateFair: ['admin', 'bureau', 'federation'],
	setFairState: ['admin', 'bureau', 'federation'],
	setFairInterpreters: ['admin', 'bureau', 'federation'],
	decideBooth: ['admin', 'bureau', 'federation'],
	getFairReport: ['admin', 'bureau', 'federation'],
	downloadFairReport: ['admin', 'bureau', 'federation'],
	listFairFollowUps: ['admin', 'bureau', 'federation'],
	recordFairFollowUp: ['admin', 'bureau', 'federation'],
	applyForBooth: ['employer'],
	registerForFair: ['seeker'],
	joinBoothQueue: ['seeker'],
	getBoothQueuePlace: ['seeker'],
	leaveBoothQueue: ['seeker'],
	bookInterview: ['seeker'],
	getBoothWorkspace: ['employer'],
	setBookingLink: ['employer'],
	acceptQueueEntry: ['employer'],
	endQueueEntry: ['employer'],
	handOffQueueEntry: ['employer'],
	saveBoothContact: ['employer'],
	recordIntention: ['employer'],
	inviteToInterview: ['employer'],
	getInterviewRequests: ['seeker'],
	setInterviewRequests: ['seeker'],
	proposeAllocation: ['admin', 'bureau', 'federation'],
	confirmAllocation: ['admin', 'bureau', 'federation'],
	listTrainingCourses: CALLERS,
	getTrainingCourse: CALLERS,
	createTrainingCourse: ['admin', 'bureau', 'federation'],
	updateTrainingCourse: ['admin', 'bureau', 'federation'],
	enrolInTrainingCourse: ['seeker'],
	withdrawFromTrainingCourse: ['seeker'],
	listMyTraining: ['seeker'],
	enrolPersonInTrainingCourse: STAFF,
	listTrainingEnrolments: STAFF,
	listPersonTraining: STAFF,
	recordTrainingAttendance: ['admin', 'bureau', 'federation'],
	recordTrainingResult: ['admin', 'bureau', 'federation'],
	getEmploymentHistory: STAFF,
	recordEmployment: STAFF,
	listPlacements: STAFF,
	listPlacementCandidates: STAFF,
	getPlacementTerm: STAFF,
	createPlacement: STAFF,
	getPlacement: STAFF,
	setPlacementSubsidy: STAFF,
	endPlacement: STAFF,
	listIndicators: STAFF,
	exportRealNameStatistics: ['admin', 'bureau', 'federation'],
	exportRealNameStatisticsByPost: ['admin', 'bureau', 'federation'],
	saveIndicatorTarget: ['admin', 'bureau', 'federation'],
	listMassagePractitioners: ['admin', 'bureau', 'federation'],
	getMassagePractitioner: ['admin', 'bureau', 'federation'],
	saveMassagePractitioner: ['admin', 'bureau', 'federation'],
	setMassageCeHours: ['admin', 'bureau', 'federation'],
	listMassageClinics: ['admin', 'bureau', 'federation'],
	createMassageClinic: ['admin', 'bureau', 'federation'],
	getMassageClinic: ['admin', 'bureau', 'federation'],
	updateMassageClinic: ['admin', 'bureau', 'federation'],
	validateIdentifier: CALLERS,
	login: CALLERS,
	getCurrentUser: SIGNED_IN,
	logout: SIGNED_IN,
	logoutEverywhere: SIGNED_IN,
	changePassword: SIGNED_IN,
	resetPassword: STAFF,
	registerPerson: STAFF,
	listPeople: STAFF,
	getPerson: STAFF,
	unmaskPerson: STAFF,
	getMyPriority: ['seeker'],
	getPersonPriority: STAFF,
	addMyPriorityStatus: ['seeker'],
	addPersonPriorityStatus: STAFF,
	addMyFamilyMember: ['seeker'],
	addPersonFamilyMember: STAFF,
	removeMyStatus: ['seeker'],
	removeMyFamilyMember: ['seeker'],
	removePersonStatus: STAFF,
	removePersonFamilyMember: STAFF,
	decideStatus: STAFF,
	decideFamilyMember: STAFF,
	unmaskFamilyMember: STAFF,
	listPendingVerifications: STAFF,
	listMyCertificates: ['seeker'],
	listPersonCertificates: STAFF,
	addMyCertificate: ['seeker'],
	addPersonCertificate: STAFF,
	removeMyCertificate: ['seeker'],
	removePersonCertificate: STAFF,
	listAuditEntries: ['admin', 'bureau', 'federation'],
	startPeopleImport: ['admin', 'bureau', 'federation'],
	listPeopleImports: ['admin', 'bureau', 'federation'],
	getPeopleImportTemplate: ['admin', 'bureau', 'federation'],
	getPeopleImport: ['admin', 'bureau', 'federation'],
	getPeopleImportErrors: ['admin', 'bureau', 'federation'],
	exportPeople: STAFF,
	exportPeopleByPost: STAFF,
	listOccupations: CALLERS,
	createOccupation: ['admin', 'bureau', 'federation'],
	updateOccupation: ['admin', 'bureau', 'federation'],
	listEmployerPostings: ['employer'],
	createEmployerPosting: ['employer'],
	getEmployerPosting: ['employer'],
	updateEmployerPosting: ['employer'],
	submitEmployerPosting: ['employer'],
	withdrawEmployerPosting: ['employer'],
	closeEmployerPosting: ['employer'],
	fillEmployerPosting: ['employer'],
	listPostingReviews: STAFF,
	getPostingReview: STAFF,
	approvePosting: ['admin', 'bureau', 'federation'],
	returnPosting: ['admin', 'bureau', 'federation'],
	signUpEmployer: CALLERS,
	getOwnEmployer: ['employer'],
	updateOwnEmployer: ['employer'],
	listOwnEmployerUsers: ['employer'],
	addOwnEmployerUser: ['employer'],
	disableOwnEmployerUser: ['employer'],
	listEmployers: STAFF,
	getEmployer: STAFF,
	reviewEmployer: ['admin', 'bureau', 'federation'],
	listOwnDisabledEmployees: ['employer'],
	createOwnDisabledEmployee: ['employer'],
	getOwnDisabledEmployee: ['employer'],
	updateOwnDisabledEmployee: ['employer'],
	deleteOwnDisabledEmployee: ['employer'],
	submitOwnAnnualReview: ['employer'],
	listAnnualReviews: ['admin', 'bureau', 'federation'],
	exportAnnualReviews: ['admin', 'bureau', 'federation'],
	getAnnualReview: ['admin', 'bureau', 'federation'],
	unmaskAnnualReviewEmployee: ['admin', 'bureau', 'federation'],
	decideAnnualReviewEmployee: ['admin', 'bureau', 'federation'],
	approveAnnualReview: ['admin', 'bureau', 'federation'],
	returnAnnualReview: ['admin', 'bureau', 'federation'],
	listCandidates: ['employer'],
	getCandidate: ['employer'],
	signUp: CALLERS,
	confirmSignUpClaim: ['seeker'],
	listPersonClaims: STAFF,
	confirmPersonClaim: STAFF,
	getMyProfile: ['seeker'],
	getMyRecommendations: ['seeker'],
	checkMyRecommendation: ['seeker'],
	setMyPersonalisation: ['seeker'],
	getPersonRecommendations: STAFF,
	applyForPerson: STAFF,
	getPostingCandidates: ['employer'],
	updateMyProfileBasic: ['seeker'],
	updateMyProfileEmployment: ['seeker'],
	updateMyProfileWishes: ['seeker'],
	updateMyProfileAbility: ['seeker'],
	updateMyProfilePassport: ['seeker'],
	getPersonProfile: STAFF,
	updatePersonProfileBasic: STAFF,
	updatePersonProfileEmployment: STAFF,
	updatePersonProfileWishes: STAFF,
	updatePersonProfileAbility: STAFF,
	updatePersonProfilePassport: STAFF,
	listMyConsents: ['seeker'],
	grantMyConsent: ['seeker'],
	withdrawMyConsent: ['seeker'],
	getMyData: ['seeker'],
	listMyDataViews: ['seeker'],
	exportMyData: ['seeker'],
	deleteMyAccount: ['seeker'],
	listSavedSearches: ['seeker'],
	createSavedSearch: ['seeker'],
	deleteSavedSearch: ['seeker'],
	listNotifications: SIGNED_IN,
	countUnreadNotifications: SIGNED_IN,
	markNotificationRead: SIGNED_IN,
	markAllNotificationsRead: SIGNED_IN,
	getSearchStatus: ['admin', 'bureau'],
	retrySearchFailures: ['admin', 'bureau'],
	estimateLevy: CALLERS,
	listLevyRuleYears: CALLERS,
	getEmployerQuota: ['employer'],
	getStaffHome: STAFF,
	getEmployerHome: ['employer'],
	getSeekerHome: ['seeker'],
	saveEmployerQuotaYear: ['employer'],
	employerQuotaWhatIf: ['employer'],
	getQuotaOverview: ['admin', 'bureau', 'federation'],
	exportQuotaOverview: ['admin', 'bureau', 'federation'],
	listQuotaAgencies: ['admin', 'bureau', 'federation'],
	listLocalWages: ['admin', 'bureau', 'federation'],
	saveLocalWage: ['admin', 'bureau', 'federation'],
	listLevyRules: ['admin', 'bureau', 'federation'],
	saveLevyRule: ['admin', 'bureau'],
	listDisclosures: CALLERS,
	getDisclosure: CALLERS,
	previewDisclosure: ['admin', 'bureau', 'federation'],
	publishDisclosure: ['admin', 'bureau', 'federation'],
	fileObjection: CALLERS,
	listObjections: ['admin', 'bureau', 'federation'],
	answerObjection: ['admin', 'bureau', 'federation'],
	applyToPosting: ['seeker'],
	listMyApplications: ['seeker'],
	withdrawMyApplication: ['seeker'],
	listMyInvitations: ['seeker'],
	acceptInvitation: ['seeker'],
	declineInvitation: ['seeker'],
	listPostingApplications: ['employer'],
	openApplication: ['employer'],
	setApplicationStatus: ['employer'],
	inviteCandidate: ['employer'],
	listRosterProposals: ['employer'],
	confirmRosterProposal: ['employer'],
	dismissRosterProposal: ['employer'],
	countApplications: STAFF,
};

type Op = { method: string; path: string; operationId: string };

describe('access control: every route × every role', () => {
	const t = useApi();
	const ops: Op[] = [];
	const sessions = new Map<Role, () => Promise<string>>();
	beforeAll(async () => {
		const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
			paths: Record<string, Record<string, { operationId: string }>>;
		};
		for (const [path, methods] of Object.entries(doc.paths)) {
			for (const [method, op] of Object.entries(methods))
				ops.push({ method: method.toUpperCase(), path, operationId: op.operationId });
		}
		// the employer account belongs to an approved employer, as employer-only routes expect
		const employer = await createEmployer(t.handle.db);
		for (const role of SIGNED_IN as Role[]) {
			const overrides = role === 'employer' ? { employerId: employer.id } : {};
			sessions.set(role, (await createUser(t.handle.db, role, overrides)).newSession);
		}
	});

	it('has an access rule for every documented operation', () => {
		expect(ops.map((o) => o.operationId).sort()).toEqual(Object.keys(ACCESS).sort());
	});

	it.each(CALLERS)('lets %s call exactly the operations its role allows', async (caller) => {
		for (const op of ops) {
			const url = op.path.replace(/\{[^}]+\}/g, () => randomUUID());
			const headers: Record<string, string> = {};
			if (caller !== 'anonymous') headers.authorization = `Bearer ${await sessions.get(caller)!()}`;
			const res = await t.app.inject({
				method: op.method as 'GET',
				url,
				headers,
				...(op.method === 'GET' ? {} : { payload: {} }),
			});
			const allowed = ACCESS[op.operationId]!.includes(caller);
			const denied = res.statusCode === 401 || res.statusCode === 403;
			expect({ op: op.operationId, denied }).toEqual({ op: op.operationId, denied: !allowed });
			if (denied) {
				expect(res.headers['content-type']).toContain('application/problem+json');
				expect(res.statusCode).toBe(caller === 'anonymous' ? 401 : 403);
			}
		}
	});
});
