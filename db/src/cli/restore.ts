// `pnpm --filter @ronghe/db restore FILE`: restores a backup into an empty database (DATABASE_URL)
// or a new PGlite data folder (RONGHE_DATA_DIR). `pnpm restore FILE` at the root also rebuilds the
// search index afterwards. A config entry point, so it reads process.env.
import { resolve } from 'node:path';
import { restoreDatabase } from '../backup.js';
import { existingDataKey } from '../data-key.js';
import { assertNoServer, dataDirFrom, runCli } from './common.js';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
	if (!argv[0]) {
		console.error(
			'用法：pnpm restore 备份文件（恢复到 DATABASE_URL 指向的空数据库，或新的 RONGHE_DATA_DIR）',
		);
		return 1;
	}
	const file = resolve(env.INIT_CWD ?? process.cwd(), argv[0]);
	const dataDir = dataDirFrom(env);
	if (!env.DATABASE_URL) assertNoServer(dataDir);
	const key = existingDataKey({ dataKey: env.RONGHE_DATA_KEY, dataDir });
	const header = await restoreDatabase({ databaseUrl: env.DATABASE_URL, dataDir, env }, key, file);
	console.log(
		`已恢复 ${header.createdAt} 的备份到 ${header.driver === 'pglite' ? `内置 PGlite（${dataDir}）` : 'PostgreSQL'}。`,
	);
	return 0;
}

runCli(() => main(process.argv.slice(2), process.env));
