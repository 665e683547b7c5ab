import fp from 'fastify-plugin';
import type { Db, FieldCipher } from '@ronghe/db';
import type { SearchEngine } from '@ronghe/search';
import { createAuditService } from '../modules/audit/audit.service.js';
import { createAuthRepository } from '../modules/auth/auth.repository.js';
import {
	createAuthService,
	DEFAULT_AUTH_POLICY,
	type AuthPolicy,
} from '../modules/auth/auth.service.js';
import { createFairsService } from '../modules/fairs/fairs.service.js';
import { createHealthService } from '../modules/health/health.service.js';
import { createEmployerQuotaService } from '../modules/levy/employer-quota.service.js';
import { createLevyRepository } from '../modules/levy/levy.repository.js';
import { createLevyService } from '../modules/levy/levy.service.js';
import { createPeopleRepository } from '../modules/people/people.repository.js';
import { createPeopleService } from '../modules/people/people.service.js';
import { createPostingsRepository } from '../modules/postings/postings.repository.js';
import { createPostingsService } from '../modules/postings/postings.service.js';
import { createTownshipsRepository } from '../modules/townships/townships.repository.js';
import { createTownshipsService } from '../modules/townships/townships.service.js';
import { createTrainingService } from '../modules/training/training.service.js';

export type ServiceDeps = {
	db: Db;
	search: SearchEngine;
	pingDb: () => Promise<boolean>;
	version: string;
	now: () => Date;
	authPolicy?: AuthPolicy;
	cipher: FieldCipher;
};

export function createServices(deps: ServiceDeps) {
	const levyRepo = createLevyRepository();
	const levy = createLevyService({ db: deps.db, levyRepo });
	return {
		health: createHealthService({
			ping: { db: deps.pingDb, search: () => deps.search.ping() },
			version: deps.version,
		}),
		townships: createTownshipsService({ db: deps.db, townshipsRepo: createTownshipsRepository() }),
		postings: createPostingsService({ db: deps.db, postingsRepo: createPostingsRepository() }),
		fairs: createFairsService({ db: deps.db, now: deps.now }),
		training: createTrainingService({ db: deps.db }),
		audit: createAuditService({ db: deps.db }),
		people: createPeopleService({
			db: deps.db,
			peopleRepo: createPeopleRepository(),
			cipher: deps.cipher,
		}),
		levy,
		employerQuota: createEmployerQuotaService({ db: deps.db, levyRepo, levy }),
		auth: createAuthService({
			db: deps.db,
			authRepo: createAuthRepository(),
			now: deps.now,
			policy: deps.authPolicy ?? DEFAULT_AUTH_POLICY,
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
