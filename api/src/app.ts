import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from '@fastify/helmet';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
	serializerCompiler,
	validatorCompiler,
	type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Db, FieldCipher } from '@ronghe/db';
import { safeErrorMessage, type SearchEngine } from '@ronghe/search';
import { alertsRoutes } from './modules/alerts/alerts.routes.js';
import type { Notifier } from './modules/alerts/notifier.js';
import { annualReviewsRoutes } from './modules/annual-reviews/annual-reviews.routes.js';
import { rosterRoutes } from './modules/annual-reviews/roster.routes.js';
import { applicationsRoutes } from './modules/applications/applications.routes.js';
import { employerApplicationsRoutes } from './modules/applications/employer-applications.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import type { AuthPolicy } from './modules/auth/auth.service.js';
import { candidatesRoutes } from './modules/candidates/candidates.routes.js';
import { contactsRoutes } from './modules/contacts/contacts.routes.js';
import { docsRoutes } from './modules/docs/docs.routes.js';
import { employerPostingsRoutes } from './modules/employer-postings/employer-postings.routes.js';
import { employersRoutes } from './modules/employers/employers.routes.js';
import { employmentRoutes } from './modules/employment/employment.routes.js';
import { fairsRoutes } from './modules/fairs/fairs.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { homeRoutes } from './modules/home/home.routes.js';
import { importsRoutes } from './modules/imports/imports.routes.js';
import type { ImportLimits } from './modules/imports/read-upload.js';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.js';
import { employerQuotaRoutes } from './modules/levy/employer-quota.routes.js';
import { levyRoutes } from './modules/levy/levy.routes.js';
import { massageRoutes } from './modules/massage/massage.routes.js';
import { massageRulesRoutes } from './modules/massage/rules.routes.js';
import { matchingRoutes } from './modules/matching/matching.routes.js';
import { occupationsRoutes } from './modules/occupations/occupations.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { postingReviewsRoutes } from './modules/posting-reviews/posting-reviews.routes.js';
import { postingsRoutes } from './modules/postings/postings.routes.js';
import { priorityRoutes } from './modules/priority/priority.routes.js';
import { privacyRoutes } from './modules/privacy/privacy.routes.js';
import { productsRoutes } from './modules/products/products.routes.js';
import { profileRoutes } from './modules/profile/profile.routes.js';
import { placementsRoutes } from './modules/public-welfare/placements.routes.js';
import { publicWelfareRulesRoutes } from './modules/public-welfare/rules.routes.js';
import { disclosureRoutes } from './modules/quota/disclosure.routes.js';
import { quotaRoutes } from './modules/quota/quota.routes.js';
import { graduatesRoutes } from './modules/referrals/graduates.routes.js';
import { referralsRoutes } from './modules/referrals/referrals.routes.js';
import { searchSyncRoutes } from './modules/search-sync/search-sync.routes.js';
import { selfEmploymentRoutes } from './modules/self-employment/self-employment.routes.js';
import { realNameRoutes } from './modules/statistics/real-name.routes.js';
import { townshipsRoutes } from './modules/townships/townships.routes.js';
import { enrolmentsRoutes } from './modules/training/enrolments.routes.js';
import { trainingNeedsRoutes } from './modules/training/needs.routes.js';
import { personTrainingRoutes } from './modules/training/person-training.routes.js';
import { trainingRoutes } from './modules/training/training.routes.js';
import { validateRoutes } from './modules/validate/validate.routes.js';
import { alertsMatcherPlugin } from './plugins/alerts-matcher.js';
import { authPlugin } from './plugins/auth.js';
import { compressPage, compressPlugin } from './plugins/compress.js';
import { csrfPlugin } from './plugins/csrf.js';
import { fairLivePlugin, type FairLiveOptions } from './plugins/fair-live.js';
import { problemDetailsPlugin } from './plugins/problem-details.js';
import { searchSyncPlugin } from './plugins/search-sync.js';
import { servicesPlugin } from './plugins/services.js';
import { swaggerPlugin } from './plugins/swagger.js';

export { createLoggingSmsStubNotifier, type Notifier } from './modules/alerts/notifier.js';

// zod's own messages in Chinese for every validation error the API returns
z.config(z.locales.zhCN());

/** A Node request handler for everything outside /api (the built SvelteKit app). */
export type WebHandler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

export type AppDeps = {
	db: Db;
	pingDb: () => Promise<boolean>;
	search: SearchEngine;
	version: string;
	problemBaseUrl?: string;
	logger?: FastifyServerOptions['logger'];
	/** Answers slower than this are logged as a warning (default 3 s). */
	slowRequestMs?: number;
	now?: () => Date;
	/** Drain the search outbox in the background (off in most tests, which drain by hand). */
	syncWorker?: boolean;
	webHandler?: WebHandler;
	authPolicy?: AuthPolicy;
	/** Encrypts ID and certificate numbers at rest. */
	cipher: FieldCipher;
	/** Proxies whose X-Forwarded-* headers are believed: the web server and a local reverse proxy. */
	trustProxy?: string[];
	/** Run the saved-search matcher this often (off when absent; tests call matchNow). */
	alertsIntervalMs?: number;
	/** Extra notification channels after in-app, e.g. the SMS stub; none by default. */
	notifiers?: readonly Notifier[];
	/** Origins besides the API's own that may send signed-in writes, e.g. a separate web host. */
	allowedOrigins?: readonly string[];
	/** Bounds on roster uploads (defaults in imports/read-upload.ts, docs/domain.md). */
	importLimits?: Partial<ImportLimits>;
	/** The database's LISTEN for the fairs' live layer; without it that layer polls each second. */
	listen?: FairLiveOptions['listen'];
};

/** Never log identifiers, cookies or credentials. */
export const LOG_REDACT = [
	'req.headers.cookie',
	'req.headers.authorization',
	'res.headers["set-cookie"]',
	'*.idNumber',
	'*.certificateNumber',
	'*.password',
];

/**
 * Requests are logged without their query string, and errors without the text that may hold
 * personal data: drizzle puts every bound parameter of a failed query into its message (and so
 * into the first line of the stack).
 */
export const LOG_SERIALIZERS = {
	// The query string is left out: staff type ID numbers into search boxes (GET /api/people?q=…).
	req: (req: { method: string; url: string; ip?: string }) => ({
		method: req.method,
		url: req.url.split('?')[0],
		remoteAddress: req.ip,
	}),
	err: (err: Error) => ({
		type: err.name,
		message: safeErrorMessage(err),
		code: (err as { code?: unknown }).code,
		stack: (err.stack ?? '')
			.split('\n')
			.filter((l) => l.trimStart().startsWith('at '))
			.join('\n'),
	}),
};

/**
 * HSTS only on answers that came over HTTPS (directly or, from a trusted proxy, by
 * X-Forwarded-Proto): sent over plain HTTP it is ignored anyway, and a local run stays usable.
 */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * /api answers JSON and one static HTML page (/api/docs, no scripts, one inline style sheet):
 * nothing may load or run, and no other site may frame them.
 */
const API_HELMET = {
	contentSecurityPolicy: {
		useDefaults: false,
		directives: {
			defaultSrc: ["'none'"],
			styleSrc: ["'unsafe-inline'"],
			imgSrc: ["'self'", 'data:'],
			baseUri: ["'none'"],
			formAction: ["'none'"],
			frameAncestors: ["'none'"],
		},
	},
	hsts: false,
} as const;

export async function buildApp(deps: AppDeps) {
	const app = Fastify({
		logger: deps.logger ?? false,
		// Ids are always made here: a caller's X-Request-Id (any length, any text) would otherwise
		// be written into the audit log and the logs as if it were ours.
		genReqId: () => `req-${randomUUID()}`,
		requestIdHeader: false,
		// JSON bodies are small; the one large upload (.xlsx roster) is multipart, which has its own
		// per-file limit on its route (imports.routes.ts) and does not count against this one.
		bodyLimit: 1024 * 1024,
		// A client that trickles its headers or body cannot hold a connection for ever: a socket
		// idle for a minute is closed, and a whole request may take five minutes (Node's own
		// default, which Fastify turns off) so that a 20 MB roster still uploads over a slow line.
		connectionTimeout: 60_000,
		requestTimeout: 300_000,
		routerOptions: { ignoreTrailingSlash: true },
		trustProxy: deps.trustProxy ?? ['127.0.0.1', '::1'],
		// a malformed URL (bad %-escape) answers like every other error, in Chinese
		frameworkErrors: (_err, req, reply) => {
			const api = req.url.startsWith('/api');
			const detail = '网址格式不正确，请检查后再试。';
			reply.hijack();
			reply.raw.writeHead(400, {
				'content-type': api ? 'application/problem+json' : 'text/plain; charset=utf-8',
				'x-request-id': req.id,
			});
			reply.raw.end(
				api
					? JSON.stringify({
							type: 'about:blank',
							title: '请求有误',
							status: 400,
							code: 'bad_url',
							detail,
							requestId: req.id,
						})
					: detail,
			);
		},
	}).withTypeProvider<ZodTypeProvider>();
	app.setValidatorCompiler(validatorCompiler);
	app.setSerializerCompiler(serializerCompiler);
	app.addHook('onSend', async (req, reply) => {
		reply.header('x-request-id', req.id);
		if (req.protocol === 'https') reply.header('strict-transport-security', HSTS);
	});
	// A slow answer is worth a warning in the log: the route's pattern only, never the address
	// with its query (it may hold a name or an ID number typed into a search).
	const slowMs = deps.slowRequestMs ?? 3000;
	app.addHook('onResponse', async (req, reply) => {
		if (reply.elapsedTime < slowMs) return;
		const pattern = req.routeOptions.url;
		const where = !pattern || pattern === '/*' ? req.url.split('?')[0] : pattern;
		req.log.warn(
			{
				route: `${req.method} ${where}`,
				statusCode: reply.statusCode,
				ms: Math.round(reply.elapsedTime),
			},
			'slow request',
		);
	});

	// before everything that answers, so problems and the docs page are compressed too
	await app.register(compressPlugin);
	await app.register(problemDetailsPlugin, {
		problemBaseUrl: deps.problemBaseUrl ?? 'https://ronghe.example.cn/problems/',
	});
	await app.register(swaggerPlugin, { version: deps.version });
	await app.register(servicesPlugin, {
		db: deps.db,
		search: deps.search,
		pingDb: deps.pingDb,
		version: deps.version,
		now: deps.now ?? (() => new Date()),
		authPolicy: deps.authPolicy,
		cipher: deps.cipher,
		notifiers: deps.notifiers,
		importLimits: deps.importLimits,
	});
	await app.register(csrfPlugin, { allowedOrigins: deps.allowedOrigins ?? [] });
	await app.register(authPlugin, { auth: app.services.auth });
	if (deps.syncWorker)
		await app.register(searchSyncPlugin, {
			db: deps.db,
			engine: deps.search,
			stats: app.services.searchSync.stats,
		});
	if (deps.alertsIntervalMs)
		await app.register(alertsMatcherPlugin, { intervalMs: deps.alertsIntervalMs });

	await app.register(
		async (api) => {
			// Fastify reads text/plain bodies by default: a cross-site form can send those without a
			// preflight. Every /api body is JSON (or the multipart upload), so nothing else is read.
			api.removeContentTypeParser('text/plain');
			// Security headers on /api only: the SvelteKit pages set their own in web/src/hooks.server.ts.
			await api.register(helmet, API_HELMET);
			// Answers under /api are about people and accounts: no shared or browser cache keeps them.
			api.addHook('onSend', async (_req, reply) => {
				if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
			});
			await api.register(healthRoutes);
			await api.register(docsRoutes);
			await api.register(townshipsRoutes, { prefix: '/townships' });
			await api.register(contactsRoutes);
			await api.register(postingsRoutes, { prefix: '/postings' });
			await api.register(fairsRoutes, { prefix: '/fairs' });
			await api.register(fairLivePlugin, { prefix: '/fairs', db: deps.db, listen: deps.listen });
			await api.register(trainingRoutes, { prefix: '/training-courses' });
			await api.register(enrolmentsRoutes);
			await api.register(personTrainingRoutes);
			await api.register(trainingNeedsRoutes);
			await api.register(validateRoutes);
			await api.register(authRoutes);
			await api.register(peopleRoutes, { prefix: '/people' });
			await api.register(employmentRoutes, { prefix: '/people' });
			await api.register(placementsRoutes, { prefix: '/public-welfare' });
			await api.register(publicWelfareRulesRoutes, { prefix: '/public-welfare' });
			await api.register(massageRoutes, { prefix: '/massage' });
			await api.register(massageRulesRoutes, { prefix: '/massage' });
			await api.register(referralsRoutes);
			await api.register(graduatesRoutes, { prefix: '/graduates' });
			await api.register(selfEmploymentRoutes);
			await api.register(productsRoutes, { prefix: '/products' });
			await api.register(indicatorsRoutes, { prefix: '/indicators' });
			await api.register(realNameRoutes, { prefix: '/statistics' });
			await api.register(importsRoutes, { prefix: '/people' });
			await api.register(auditRoutes, { prefix: '/audit' });
			await api.register(occupationsRoutes, { prefix: '/occupations' });
			await api.register(employerPostingsRoutes, { prefix: '/employer/postings' });
			await api.register(postingReviewsRoutes, { prefix: '/reviews/postings' });
			await api.register(employersRoutes, { prefix: '/employers' });
			await api.register(candidatesRoutes, { prefix: '/candidates' });
			await api.register(applicationsRoutes);
			await api.register(employerApplicationsRoutes);
			await api.register(profileRoutes);
			await api.register(priorityRoutes);
			await api.register(alertsRoutes, { prefix: '/me' });
			await api.register(privacyRoutes, { prefix: '/me' });
			await api.register(searchSyncRoutes, { prefix: '/search' });
			await api.register(levyRoutes, { prefix: '/quota' });
			await api.register(employerQuotaRoutes, { prefix: '/employer/quota' });
			await api.register(rosterRoutes, { prefix: '/employer' });
			await api.register(annualReviewsRoutes, { prefix: '/annual-reviews' });
			await api.register(quotaRoutes, { prefix: '/quota' });
			await api.register(disclosureRoutes, { prefix: '/quota' });
			await api.register(homeRoutes, { prefix: '/home' });
			await api.register(matchingRoutes);
		},
		{ prefix: '/api' },
	);

	if (deps.webHandler) {
		const handler = deps.webHandler;
		await app.register(async (web) => {
			// SvelteKit reads request bodies itself (form actions), so Fastify must not consume them.
			web.removeAllContentTypeParsers();
			web.addContentTypeParser('*', (_req, _payload, done) => done(null));
			web.route({
				method: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
				url: '/*',
				schema: { hide: true },
				handler: (req, reply) => {
					if (req.url === '/api' || req.url.startsWith('/api/') || req.url.startsWith('/api?')) {
						return reply.callNotFound();
					}
					req.raw.headers['x-ronghe-proto'] = req.protocol;
					// pages are written straight to the socket, past the onSend hook above
					if (req.protocol === 'https') reply.raw.setHeader('strict-transport-security', HSTS);
					reply.hijack();
					compressPage(req.raw, reply.raw);
					handler(req.raw, reply.raw, () => {
						reply.raw.statusCode = 404;
						reply.raw.end('Not found');
					});
				},
			});
		});
	}
	return app;
}
export type App = Awaited<ReturnType<typeof buildApp>>;
