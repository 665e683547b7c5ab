import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';

const version = (
	JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
		version: string;
	}
).version;

const EnvSchema = z.object({
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	// unset: loopback only in development (the banner prints a shared demo password), every
	// interface in production
	HOST: z.string().trim().min(1).optional(),
	RONGHE_DATA_DIR: z.string().default('./data'),
	RONGHE_MODE: z.enum(['development', 'production']).default('development'),
	RONGHE_DATA_KEY: z.string().optional(),
	RONGHE_WEB_HANDLER: z.string().optional(),
	RONGHE_SEED_DEMO: z
		.enum(['true', 'false'])
		.default('true')
		.transform((v) => v === 'true'),
	RONGHE_PROBLEM_BASE_URL: z.string().default('https://ronghe.example.cn/problems/'),
	DATABASE_URL: z
		.string()
		.regex(/^postgres(ql)?:\/\//, 'DATABASE_URL 必须以 postgres:// 开头')
		.optional(),
	MEILI_URL: z.url().optional(),
	MEILI_MASTER_KEY: z.string().optional(),
	MEILI_INDEX_PREFIX: z.string().default(''),
	// how often saved searches are matched against newly published postings; 0 turns it off
	ALERTS_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
	// a stand-in that only logs (masked) that an SMS would be sent; never a real SMS
	ALERTS_SMS_STUB: z
		.enum(['true', 'false'])
		.default('false')
		.transform((v) => v === 'true'),
	// Origins besides the API's own that may send signed-in writes (comma-separated), e.g. when
	// the pages are served from another host than the API
	RONGHE_ALLOWED_ORIGINS: z
		.string()
		.default('')
		.transform((v) =>
			v
				.split(',')
				.map((o) => o.trim())
				.filter(Boolean),
		)
		.pipe(
			z.array(z.url({ protocol: /^https?$/, error: 'RONGHE_ALLOWED_ORIGINS 应是逗号分隔的网址' })),
		),
	// roster upload bounds (docs/domain.md#roster-import-limits)
	IMPORT_MAX_UNCOMPRESSED_MB: z.coerce.number().int().min(1).max(2048).default(200),
	IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(1_000_000).default(50_000),
	IMPORT_MAX_ERRORS: z.coerce.number().int().min(1).max(100_000).default(1000),
	// unset: every request at 'info' in production (JSON lines for the log collector), only
	// warnings and errors in development so the terminal stays readable; RONGHE_VERBOSE=1 there
	// shows every request again
	LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
	RONGHE_VERBOSE: z.enum(['0', '1', 'true', 'false', '']).optional(),
});

export type Config = Readonly<{
	port: number;
	host: string;
	dataDir: string;
	mode: 'development' | 'production';
	dataKey: string | undefined;
	webHandlerPath: string | undefined;
	seedDemo: boolean;
	problemBaseUrl: string;
	databaseUrl: string | undefined;
	meiliUrl: string | undefined;
	meiliMasterKey: string | undefined;
	meiliIndexPrefix: string;
	logLevel: NonNullable<z.infer<typeof EnvSchema>['LOG_LEVEL']>;
	alertsIntervalMs: number;
	alertsSmsStub: boolean;
	allowedOrigins: readonly string[];
	importLimits: { maxUncompressedBytes: number; maxRows: number; maxErrors: number };
	version: string;
}>;

/** Reads and checks the environment once; fails with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
	const parsed = EnvSchema.safeParse(env);
	if (!parsed.success) {
		const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
		throw new Error(`配置有误：\n${lines.join('\n')}`);
	}
	const e = parsed.data;
	if (e.RONGHE_MODE === 'production' && !e.RONGHE_DATA_KEY) {
		throw new Error(
			'配置有误：生产模式必须设置 RONGHE_DATA_KEY（32 字节密钥，base64 或十六进制）。',
		);
	}
	return Object.freeze({
		port: e.PORT,
		host: e.HOST ?? (e.RONGHE_MODE === 'production' ? '0.0.0.0' : '127.0.0.1'),
		dataDir: resolve(e.RONGHE_DATA_DIR),
		mode: e.RONGHE_MODE,
		dataKey: e.RONGHE_DATA_KEY,
		webHandlerPath: e.RONGHE_WEB_HANDLER,
		seedDemo: e.RONGHE_SEED_DEMO,
		problemBaseUrl: e.RONGHE_PROBLEM_BASE_URL,
		databaseUrl: e.DATABASE_URL,
		meiliUrl: e.MEILI_URL,
		meiliMasterKey: e.MEILI_MASTER_KEY,
		meiliIndexPrefix: e.MEILI_INDEX_PREFIX,
		logLevel:
			e.LOG_LEVEL ??
			(e.RONGHE_MODE === 'production' || e.RONGHE_VERBOSE === '1' || e.RONGHE_VERBOSE === 'true'
				? 'info'
				: 'warn'),
		alertsIntervalMs: e.ALERTS_INTERVAL_SECONDS * 1000,
		alertsSmsStub: e.ALERTS_SMS_STUB,
		allowedOrigins: e.RONGHE_ALLOWED_ORIGINS,
		importLimits: {
			maxUncompressedBytes: e.IMPORT_MAX_UNCOMPRESSED_MB * 1024 * 1024,
			maxRows: e.IMPORT_MAX_ROWS,
			maxErrors: e.IMPORT_MAX_ERRORS,
		},
		version,
	});
}
