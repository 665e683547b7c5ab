import fp from 'fastify-plugin';
import type { Db, FieldCipher } from '@ronghe/db';
import { createSyncStats, synonymsSetting, type SearchEngine } from '@ronghe/search';
import { createAlertsRepository } from '../modules/alerts/alerts.repository.js';
import { createAlertsService } from '../modules/alerts/alerts.service.js';
import {
	combineNotifiers,
	createInAppNotifier,
	type Notifier,
} from '../modules/alerts/notifier.js';
import { createAnnualReviewsRepository } from '../modules/annual-reviews/annual-reviews.repository.js';
import { createAnnualReviewsService } from '../modules/annual-reviews/annual-reviews.service.js';
import { createRosterService } from '../modules/annual-reviews/roster.service.js';
import { createApplicationsRepository } from '../modules/applications/applications.repository.js';
import { createApplicationsService } from '../modules/applications/applications.service.js';
import { createInvitationsRepository } from '../modules/applications/invitations.repository.js';
import { createInvitationsService } from '../modules/applications/invitations.service.js';
import { createRosterProposalsService } from '../modules/applications/roster-proposals.service.js';
import { createAuditService } from '../modules/audit/audit.service.js';
import { createAuthRepository } from '../modules/auth/auth.repository.js';
import {
	createAuthService,
	DEFAULT_AUTH_POLICY,
	type AuthPolicy,
} from '../modules/auth/auth.service.js';
import { createCandidatesRepository } from '../modules/candidates/candidates.repository.js';
import { createCandidatesService } from '../modules/candidates/candidates.service.js';
import { createContactsRepository } from '../modules/contacts/contacts.repository.js';
import { createContactsService } from '../modules/contacts/contacts.service.js';
import { createEmployerPostingsRepository } from '../modules/employer-postings/employer-postings.repository.js';
import { createEmployerPostingsService } from '../modules/employer-postings/employer-postings.service.js';
import { createEmployersRepository } from '../modules/employers/employers.repository.js';
import { createEmployersService } from '../modules/employers/employers.service.js';
import { createEmploymentService } from '../modules/employment/employment.service.js';
import { createAllocationRepository } from '../modules/fairs/allocation.repository.js';
import { createAllocationService } from '../modules/fairs/allocation.service.js';
import { createBoothRepsRepository } from '../modules/fairs/booth-reps.repository.js';
import { createBoothRepsService } from '../modules/fairs/booth-reps.service.js';
import { createBoothsService } from '../modules/fairs/booths.service.js';
import { createFairSeekersService } from '../modules/fairs/fair-seekers.service.js';
import { createFairsRepository } from '../modules/fairs/fairs.repository.js';
import { createFairsService } from '../modules/fairs/fairs.service.js';
import { createFollowUpsService } from '../modules/fairs/follow-ups/follow-ups.service.js';
import { createInterviewReminders } from '../modules/fairs/reminders.js';
import { createFairReportService } from '../modules/fairs/report/report.service.js';
import { createHealthService } from '../modules/health/health.service.js';
import { createHomeRepository } from '../modules/home/home.repository.js';
import { createHomeService } from '../modules/home/home.service.js';
import { createImportsRepository } from '../modules/imports/imports.repository.js';
import { createImportsService } from '../modules/imports/imports.service.js';
import type { ImportLimits } from '../modules/imports/read-upload.js';
import { agenciesOwing } from '../modules/indicators/agencies-owing.js';
import { createIndicatorsService } from '../modules/indicators/indicators.service.js';
import { createEmployerQuotaService } from '../modules/levy/employer-quota.service.js';
import { createLevyRepository } from '../modules/levy/levy.repository.js';
import { createLevyService } from '../modules/levy/levy.service.js';
import { createMassageService } from '../modules/massage/massage.service.js';
import { createMassageRulesService } from '../modules/massage/rules.service.js';
import { createMatchingRepository } from '../modules/matching/matching.repository.js';
import { createMatchingService } from '../modules/matching/matching.service.js';
import { createOccupationsService } from '../modules/occupations/occupations.service.js';
import { createPeopleRepository } from '../modules/people/people.repository.js';
import { createPeopleService } from '../modules/people/people.service.js';
import { createPostingReviewsService } from '../modules/posting-reviews/posting-reviews.service.js';
import { createPostingsRepository } from '../modules/postings/postings.repository.js';
import { createPostingsService } from '../modules/postings/postings.service.js';
import { createCertificatesService } from '../modules/priority/certificates.service.js';
import { createPriorityRepository } from '../modules/priority/priority.repository.js';
import { createPriorityService } from '../modules/priority/priority.service.js';
import { createPrivacyRepository } from '../modules/privacy/privacy.repository.js';
import { createPrivacyService } from '../modules/privacy/privacy.service.js';
import { createProductsService } from '../modules/products/products.service.js';
import { createProfileRepository } from '../modules/profile/profile.repository.js';
import { createProfileServices } from '../modules/profile/profile.service.js';
import { createPlacementsService } from '../modules/public-welfare/placements.service.js';
import { createPublicWelfareRulesService } from '../modules/public-welfare/rules.service.js';
import { createDisclosureService } from '../modules/quota/disclosure.service.js';
import { createQuotaOverviewService } from '../modules/quota/quota-overview.service.js';
import { createQuotaSettingsService } from '../modules/quota/quota-settings.service.js';
import { createQuotaRepository } from '../modules/quota/quota.repository.js';
import { createGraduatesService } from '../modules/referrals/graduates.service.js';
import { createReferralsService } from '../modules/referrals/referrals.service.js';
import { createSearchSyncService } from '../modules/search-sync/search-sync.service.js';
import { createSelfEmploymentService } from '../modules/self-employment/self-employment.service.js';
import { createRealNameService } from '../modules/statistics/real-name.service.js';
import { createTownshipsRepository } from '../modules/townships/townships.repository.js';
import { createTownshipsService } from '../modules/townships/townships.service.js';
import { createEnrolmentsService } from '../modules/training/enrolments.service.js';
import { createTrainingNeedsService } from '../modules/training/needs.service.js';
import { createTrainingService } from '../modules/training/training.service.js';

export type ServiceDeps = {
	db: Db;
	search: SearchEngine;
	pingDb: () => Promise<boolean>;
	version: string;
	now: () => Date;
	authPolicy?: AuthPolicy;
	cipher: FieldCipher;
	/** Extra notification channels after in-app (e.g. the SMS stub); none by default. */
	notifiers?: readonly Notifier[];
	importLimits?: Partial<ImportLimits> | undefined;
	/** Minutes a booth rep spends on one text chat: the queue's wait estimate (default 5). */
	fairChatMinutes?: number;
};

export function createServices(deps: ServiceDeps) {
	const postingsEditor = { db: deps.db, repo: createEmployerPostingsRepository(), now: deps.now };
	const auth = createAuthService({
		db: deps.db,
		authRepo: createAuthRepository(),
		now: deps.now,
		policy: deps.authPolicy ?? DEFAULT_AUTH_POLICY,
	});
	const levyRepo = createLevyRepository();
	const levy = createLevyService({ db: deps.db, levyRepo });
	const reviewDeps = {
		db: deps.db,
		repo: createAnnualReviewsRepository(),
		levyRepo,
		levy,
		cipher: deps.cipher,
		now: deps.now,
	};
	const employerQuota = createEmployerQuotaService({ db: deps.db, levyRepo, levy });
	const quotaOverview = createQuotaOverviewService({ db: deps.db, levy, levyRepo, now: deps.now });
	const candidates = createCandidatesService({
		db: deps.db,
		candidatesRepo: createCandidatesRepository(),
		now: deps.now,
	});
	const matchingDeps = {
		db: deps.db,
		repo: createApplicationsRepository(),
		candidatesRepo: createCandidatesRepository(),
		notifier: createInAppNotifier(createAlertsRepository()),
		now: deps.now,
	};
	const applications = createApplicationsService(matchingDeps);
	const invitations = createInvitationsService({
		...matchingDeps,
		invitationsRepo: createInvitationsRepository(),
	});
	const profileServices = createProfileServices({
		db: deps.db,
		cipher: deps.cipher,
		now: deps.now,
		auth,
		codeSenders: (deps.notifiers ?? []).filter((n) => n.sendCode),
	});
	const { profile } = profileServices;
	const matching = createMatchingService({
		db: deps.db,
		matchingRepo: createMatchingRepository(),
		now: deps.now,
	});
	const fairsRepo = createFairsRepository();
	const fairs = createFairsService({ db: deps.db, repo: fairsRepo, matching, now: deps.now });
	const booths = createBoothsService({ ...matchingDeps, repo: fairsRepo });
	const fairSeekers = createFairSeekersService({
		...matchingDeps,
		repo: fairsRepo,
		apps: matchingDeps.repo,
		chatMinutes: deps.fairChatMinutes ?? 5,
	});
	const boothReps = createBoothRepsService({
		...matchingDeps,
		repo: fairsRepo,
		reps: createBoothRepsRepository(),
		apps: matchingDeps.repo,
		applications,
		fairSeekers,
	});
	const fairAllocation = createAllocationService({
		...matchingDeps,
		repo: fairsRepo,
		alloc: createAllocationRepository(),
		apps: matchingDeps.repo,
		matching,
	});
	return {
		applications,
		invitations,
		rosterProposals: createRosterProposalsService({
			db: deps.db,
			repo: matchingDeps.repo,
			reviewsRepo: reviewDeps.repo,
			levyRepo,
		}),
		employerPostings: createEmployerPostingsService(postingsEditor),
		postingReviews: createPostingReviewsService(postingsEditor),
		occupations: createOccupationsService({ db: deps.db }),
		health: createHealthService({
			ping: { db: deps.pingDb, search: () => deps.search.ping() },
			version: deps.version,
		}),
		townships: createTownshipsService({ db: deps.db, townshipsRepo: createTownshipsRepository() }),
		contacts: createContactsService({ db: deps.db, contactsRepo: createContactsRepository() }),
		postings: createPostingsService({
			db: deps.db,
			postingsRepo: createPostingsRepository(),
			engine: deps.search,
			now: deps.now,
		}),
		fairs,
		fairReport: createFairReportService({ db: deps.db, now: deps.now }),
		fairFollowUps: createFollowUpsService({ db: deps.db, now: deps.now }),
		booths,
		fairSeekers,
		boothReps,
		fairAllocation,
		fairReminders: createInterviewReminders({ ...matchingDeps, apps: matchingDeps.repo }),
		training: createTrainingService({ db: deps.db, now: deps.now }),
		employment: createEmploymentService({ db: deps.db }),
		massage: createMassageService({ db: deps.db, now: deps.now }),
		massageRules: createMassageRulesService({ db: deps.db }),
		selfEmployment: createSelfEmploymentService({ db: deps.db, now: deps.now }),
		products: createProductsService({ db: deps.db }),
		realName: createRealNameService({ db: deps.db, cipher: deps.cipher }),
		placements: createPlacementsService({ db: deps.db, cipher: deps.cipher, now: deps.now }),
		publicWelfareRules: createPublicWelfareRulesService({ db: deps.db }),
		enrolments: createEnrolmentsService({
			db: deps.db,
			notifier: matchingDeps.notifier,
			now: deps.now,
		}),
		trainingNeeds: createTrainingNeedsService({ db: deps.db, now: deps.now }),
		referrals: createReferralsService({
			db: deps.db,
			// a referral to a course that succeeds signs the person up (代办), as staff would
			enrolFor: createEnrolmentsService({
				db: deps.db,
				notifier: matchingDeps.notifier,
				now: deps.now,
			}).enrolFor,
			now: deps.now,
		}),
		graduates: createGraduatesService({ db: deps.db, now: deps.now }),
		audit: createAuditService({ db: deps.db }),
		people: createPeopleService({
			db: deps.db,
			peopleRepo: createPeopleRepository(),
			cipher: deps.cipher,
		}),
		priority: createPriorityService({
			db: deps.db,
			priorityRepo: createPriorityRepository(),
			cipher: deps.cipher,
			now: deps.now,
		}),
		certificates: createCertificatesService({
			db: deps.db,
			priorityRepo: createPriorityRepository(),
			cipher: deps.cipher,
			now: deps.now,
		}),
		levy,
		employerQuota,
		roster: createRosterService(reviewDeps),
		annualReviews: createAnnualReviewsService(reviewDeps),
		quotaOverview,
		indicators: createIndicatorsService({
			db: deps.db,
			now: deps.now,
			agenciesOwing: (year, township) => agenciesOwing(quotaOverview, year, township),
		}),
		quotaSettings: createQuotaSettingsService({
			db: deps.db,
			levy,
			levyRepo,
			quotaRepo: createQuotaRepository(),
		}),
		disclosure: createDisclosureService({
			db: deps.db,
			levy,
			levyRepo,
			quotaRepo: createQuotaRepository(),
			now: deps.now,
		}),
		alerts: createAlertsService({
			db: deps.db,
			alertsRepo: createAlertsRepository(),
			notifier: combineNotifiers(
				createInAppNotifier(createAlertsRepository()),
				deps.notifiers ?? [],
			),
			now: deps.now,
			synonyms: synonymsSetting(),
		}),
		searchSync: createSearchSyncService({
			db: deps.db,
			engine: deps.search,
			stats: createSyncStats(),
		}),
		candidates,
		home: createHomeService({
			db: deps.db,
			homeRepo: createHomeRepository(),
			candidates,
			employerQuota,
			seeker: { profile, matching, applications, invitations, fairs },
			now: deps.now,
		}),
		matching,
		imports: createImportsService({
			db: deps.db,
			importsRepo: createImportsRepository(),
			peopleRepo: createPeopleRepository(),
			cipher: deps.cipher,
			now: deps.now,
			limits: deps.importLimits ?? {},
		}),
		auth,
		employers: createEmployersService({
			db: deps.db,
			employersRepo: createEmployersRepository(),
			auth,
			now: deps.now,
		}),
		...profileServices,
		privacy: createPrivacyService({
			db: deps.db,
			privacyRepo: createPrivacyRepository(),
			profileRepo: createProfileRepository(),
			priorityRepo: createPriorityRepository(),
			cipher: deps.cipher,
			now: deps.now,
		}),
	};
}
export type Services = ReturnType<typeof createServices>;

declare module 'fastify' {
	interface FastifyInstance {
		services: Services;
	}
}

export const servicesPlugin = fp<ServiceDeps>(
	async (app, deps) => {
		app.decorate('services', createServices(deps));
	},
	{ name: 'services' },
);
