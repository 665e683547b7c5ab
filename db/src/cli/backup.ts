// `pnpm backup [FILE]`: a backup of DATABASE_URL (pg_dump) or of the embedded PGlite in
// RONGHE_DATA_DIR (a consistent copy of its data folder; stop the platform first). The data key
// is checked first and never written into the backup. A config entry point, so it reads process.env.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { backupDatabase } from '../backup.js';
import { existingDataKey } from '../data-key.js';
import { assertNoServer, dataDirFrom, runCli } from './common.js';

async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
	const dataDir = dataDirFrom(env);
	if (!env.DATABASE_URL) assertNoServer(dataDir);
	const stamp = new Date().toISOString().replaceAll(/[-:]/g, '').slice(0, 15);
	const file = resolve(env.INIT_CWD ?? process.cwd(), argv[0] ?? `backups/ronghe-${stamp}.backup`);
	mkdirSync(dirname(file), { recursive: true });
	const key = existingDataKey({ dataKey: env.RONGHE_DATA_KEY, dataDir });
	const header = await backupDatabase({ databaseUrl: env.DATABASE_URL, dataDir, env }, key, file);
	console.log(
		[
			`备份完成：${file}`,
			`  数据库：${header.driver === 'pglite' ? `内置 PGlite（${dataDir}）` : 'PostgreSQL'}；数据密钥编号 ${header.keyId}。`,
			'  备份里没有数据密钥本身：请把密钥与备份分开妥善保存，恢复时需要它。',
		].join('\n'),
	);
	return 0;
}

runCli(() => main(process.argv.slice(2), process.env));
