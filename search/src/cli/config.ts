import { resolve } from 'node:path';

/** What the search CLIs need; the same variables the server reads (api/src/config.ts). */
export type CliConfig = Readonly<{
	databaseUrl: string | undefined;
	dataDir: string;
	meiliUrl: string | undefined;
	meiliMasterKey: string | undefined;
	indexPrefix: string;
}>;

export function loadCliConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
	const problems: string[] = [];
	if (env.DATABASE_URL && !/^postgres(ql)?:\/\//.test(env.DATABASE_URL))
		problems.push('DATABASE_URL 必须以 postgres:// 开头');
	if (env.MEILI_URL && !URL.canParse(env.MEILI_URL)) problems.push('MEILI_URL 不是一个有效的网址');
	if (problems.length) throw new Error(`配置有误：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
	// `pnpm search:…` runs in search/; INIT_CWD is where the user typed it, so ./data means the
	// same folder that `npm start` uses
	const base = env.INIT_CWD ?? process.cwd();
	return Object.freeze({
		databaseUrl: env.DATABASE_URL || undefined,
		dataDir: resolve(base, env.RONGHE_DATA_DIR ?? './data'),
		meiliUrl: env.MEILI_URL || undefined,
		meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
		indexPrefix: env.MEILI_INDEX_PREFIX ?? '',
	});
}
