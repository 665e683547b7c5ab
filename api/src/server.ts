import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import closeWithGrace from 'close-with-grace';
import {
	createDb,
	createFieldCipher,
	ensureReferenceData,
	loadDataKey,
	verifyDataKey,
} from '@ronghe/db';
import {
	DEMO_ACCOUNTS,
	DEMO_PASSWORD,
	findDemoAccounts,
	prepareDemoDatabase,
	type DemoStart,
} from '@ronghe/db/demo';
import { createSearch, safeErrorMessage } from '@ronghe/search';
import {
	buildApp,
	createLoggingSmsStubNotifier,
	LOG_REDACT,
	LOG_SERIALIZERS,
	type WebHandler,
} from './app.js';
import { loadConfig } from './config.js';
import { claimDataDir, releaseOnExit } from './data-dir-lock.js';
import { describeStartupError } from './db-errors.js';
import { seedPlanDemo } from './demo/plan-demo.js';
import { hashPassword, verifyPassword } from './modules/auth/password.js';

const config = loadConfig();
/** pino-pretty is a development convenience (a devDependency): without it the log is plain JSON. */
function installed(name: string): boolean {
	try {
		createRequire(import.meta.url).resolve(name);
		return true;
	} catch {
		return false;
	}
}
const logger = {
	level: config.logLevel,
	redact: LOG_REDACT,
	serializers: LOG_SERIALIZERS,
	...(process.stdout.isTTY && installed('pino-pretty')
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
	if (err)
		console.error(`启动或运行出错，正在停止：${describeStartupError(err, config.databaseUrl)}`);
	else if (signal) console.log(`\n收到 ${signal}，正在停止……`);
	for (const close of closers.splice(0).reverse()) await close();
});
releaseOnExit(claimDataDir(config.dataDir, Boolean(config.databaseUrl && config.meiliUrl)));

const handle = createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
closers.push(() => handle.close());
await handle.migrate();
await ensureReferenceData(handle.db);
const dataKey = loadDataKey({ dataKey: config.dataKey, dataDir: config.dataDir });
// before anything reads or writes an identifier: a wrong key would fail every decrypt and make
// de-duplication by keyed hash silently miss
await verifyDataKey(handle.db, dataKey);
const cipher = createFieldCipher(dataKey);
const demo: DemoStart =
	config.mode === 'development' && config.seedDemo
		? await prepareDemoDatabase(handle.db, {
				cipher,
				hashPassword,
				now: new Date(),
				onSeeding: () => console.log('数据库为空，正在生成五台县演示数据……'),
			})
		: { seeded: false, demoLogins: false, realData: false };
const seeded = demo.seeded;
const demoLogins = demo.demoLogins;
if (!demoLogins) {
	// demo logins with the public password left in a database that is not (or no longer) a demo
	const open = await findDemoAccounts(handle.db, verifyPassword);
	if (open.length && config.mode === 'production') {
		throw new Error(
			[
				`生产模式拒绝启动：数据库里有 ${open.length} 个仍使用公开演示密码的演示账号（${open.join('、')}）。`,
				'请以开发模式（RONGHE_MODE=development RONGHE_SEED_DEMO=false）启动，修改这些账号的密码后再以生产模式启动；',
				'或改用一个没有演示数据的数据库。',
			].join('\n'),
		);
	}
	if (open.length) {
		console.warn(
			`警告：数据库里有 ${open.length} 个仍使用公开演示密码的演示账号（${open.join('、')}），请修改其密码。`,
		);
	}
}
if (demo.realData) {
	console.log('数据库里已有不是演示生成的数据，未创建演示账号。');
}

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
	listen: handle.listen,
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
	allowedOrigins: config.allowedOrigins,
	importLimits: config.importLimits,
});

closers.push(() => app.close());
if (seeded) {
	// training, employment, 公益性岗位 and massage records through the services (docs/demo-data.md)
	const planStarted = Date.now();
	await seedPlanDemo(
		{ db: handle.db, search, pingDb: handle.ping, version: config.version, cipher },
		new Date(),
	).catch((err: unknown) =>
		console.warn(`演示的培训、就业和指标数据没有全部生成：${safeErrorMessage(err)}`),
	);
	app.log.info({ ms: Date.now() - planStarted }, 'plan demo seeded');
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
