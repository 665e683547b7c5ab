import { pathToFileURL } from 'node:url';
import closeWithGrace from 'close-with-grace';
import { createDb, createFieldCipher, ensureReferenceData, loadDataKey } from '@ronghe/db';
import {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	isDatabaseEmpty,
	seedDemo,
	seedDemoAccounts,
} from '@ronghe/db/demo';
import { createSearch } from '@ronghe/search';
import {
	buildApp,
	createLoggingSmsStubNotifier,
	LOG_REDACT,
	LOG_SERIALIZERS,
	type WebHandler,
} from './app.js';
import { loadConfig } from './config.js';
import { claimDataDir, releaseOnExit } from './data-dir-lock.js';
import { hashPassword } from './modules/auth/password.js';

const config = loadConfig();
const logger = {
	level: config.logLevel,
	redact: LOG_REDACT,
	serializers: LOG_SERIALIZERS,
	...(process.stdout.isTTY
		? {
				transport: {
					target: 'pino-pretty',
					options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
				},
			}
		: {}),
};

const started = Date.now();
// Signals are handled from the first moment, so a Ctrl-C during start-up still stops what has
// been started so far (Meilisearch above all) instead of orphaning it.
const closers: (() => Promise<unknown>)[] = [];
closeWithGrace({ delay: 10_000 }, async ({ err, signal }) => {
	if (err) console.error('shutting down after an error:', err.message);
	else if (signal) console.log(`\n收到 ${signal}，正在停止……`);
	for (const close of closers.splice(0).reverse()) await close();
});
releaseOnExit(claimDataDir(config.dataDir, Boolean(config.databaseUrl && config.meiliUrl)));

const handle = createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
closers.push(() => handle.close());
await handle.migrate();
await ensureReferenceData(handle.db);
const cipher = createFieldCipher(loadDataKey({ dataKey: config.dataKey, dataDir: config.dataDir }));
let seeded = false;
if (config.mode === 'development' && config.seedDemo && (await isDatabaseEmpty(handle.db))) {
	console.log('数据库为空，正在生成五台县演示数据……');
	await seedDemo(handle.db, { cipher, now: new Date() });
	seeded = true;
}
const demoLogins = config.mode === 'development' && config.seedDemo;
if (demoLogins) await seedDemoAccounts(handle.db, hashPassword);

const search = await createSearch({
	meiliUrl: config.meiliUrl,
	meiliMasterKey: config.meiliMasterKey,
	dataDir: config.dataDir,
	indexPrefix: config.meiliIndexPrefix,
	log: { info: () => {}, warn: (o, m) => console.warn(m, o) },
});
closers.push(() => search.close());

let webHandler: WebHandler | undefined;
if (config.webHandlerPath) {
	// adapter-node assumes https unless told the protocol; app.ts sets this header from the socket.
	// Behind a TLS-terminating proxy set ORIGIN instead (it takes precedence).
	process.env.PROTOCOL_HEADER ??= 'x-ronghe-proto';
	// the roster upload form (.xlsx up to 20 MB) posts through the web app's form action
	process.env.BODY_SIZE_LIMIT ??= '21M';
	const mod = (await import(pathToFileURL(config.webHandlerPath).href)) as { handler: WebHandler };
	webHandler = mod.handler;
}

const app = await buildApp({
	db: handle.db,
	pingDb: handle.ping,
	search,
	version: config.version,
	problemBaseUrl: config.problemBaseUrl,
	logger,
	syncWorker: true,
	alertsIntervalMs: config.alertsIntervalMs,
	notifiers: config.alertsSmsStub
		? [createLoggingSmsStubNotifier({ info: (o, m) => console.log(m, o) })]
		: [],
	cipher,
	webHandler,
	importLimits: config.importLimits,
});

closers.push(() => app.close());
if (seeded) {
	// The demo publishes last year's 公示 through the API's levy engine (the db package has none),
	// a day ago, so its objection window is open and the objection form can be tried.
	const at = new Date(Date.now() - 86_400_000);
	await app.services.disclosure.publish(
		null,
		new Date().getFullYear() - 1,
		{ confirm: true, note: '演示数据' },
		null,
		at,
	);
}

await app.listen({ port: config.port, host: config.host });
const url = `http://localhost:${config.port}`;
console.log(
	[
		'',
		`融合就业已启动（${((Date.now() - started) / 1000).toFixed(1)} 秒）：${url}`,
		`  数据库：${handle.driver === 'pglite' ? `内置 PGlite（${config.dataDir}）` : 'PostgreSQL 服务器'}${seeded ? '，已生成演示数据' : ''}`,
		`  搜索：${search.embedded ? '内置 Meilisearch' : search.url}`,
		`  健康检查：${url}/api/health    接口文档：${url}/api/docs`,
		demoLogins
			? [
					`  演示账号（密码都是 ${DEMO_PASSWORD}，仅限开发演示）：`,
					...DEMO_ACCOUNTS.map((a) => `    ${a.displayName.padEnd(8, '　')} ${a.phone}`),
				].join('\n')
			: '',
		'  按 Ctrl-C 停止。',
		'',
	]
		.filter(Boolean)
		.join('\n'),
);
