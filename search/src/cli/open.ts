import { createDb, serverHoldingDataDir, type DbHandle } from '@ronghe/db';
import { createSearch, type MeiliSearchEngine } from '../client.js';
import type { CliConfig } from './config.js';

/**
 * Opens the database and Meilisearch the way the server does. The embedded PGlite and the
 * embedded Meilisearch belong to one process at a time, so while the server runs on the same data
 * folder this refuses with a message that says what to do instead.
 */
export async function openPlatform(
	config: CliConfig,
): Promise<{ handle: DbHandle; engine: MeiliSearchEngine; close(): Promise<void> }> {
	const embedded = !config.databaseUrl || !config.meiliUrl;
	const pid = embedded ? serverHoldingDataDir(config.dataDir) : undefined;
	if (pid)
		throw new Error(
			[
				`融合就业服务正在运行（进程号 ${pid}），占用着数据目录 ${config.dataDir}：`,
				'内置的数据库和 Meilisearch 同一时间只能由一个进程打开。',
				'请先停止服务（Ctrl-C）再运行本命令；或者在服务运行时，到“搜索同步”页面（/staff/search）',
				'查看状态、重试失败项；使用 DATABASE_URL 和 MEILI_URL 连接外部服务器时，本命令可以和服务同时运行。',
			].join('\n'),
		);
	const handle = createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
	const quiet = { info: () => {}, warn: () => {} };
	let engine: MeiliSearchEngine;
	try {
		await handle.migrate();
		engine = await createSearch({
			meiliUrl: config.meiliUrl,
			meiliMasterKey: config.meiliMasterKey,
			dataDir: config.dataDir,
			indexPrefix: config.indexPrefix,
			log: quiet,
		});
	} catch (err) {
		await handle.close();
		throw err;
	}
	if (!(await engine.ping())) {
		await engine.close();
		await handle.close();
		throw new Error(
			`连不上 Meilisearch（${engine.url}）：请确认它正在运行，MEILI_URL 和 MEILI_MASTER_KEY 是否正确。`,
		);
	}
	return {
		handle,
		engine,
		async close() {
			await engine.close();
			await handle.close();
		},
	};
}

/** Runs a CLI body and sets the exit code; failures print one clear message, never a stack. */
export function run(main: () => Promise<number>) {
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(err: unknown) => {
			console.error(err instanceof Error ? err.message : String(err));
			process.exitCode = 1;
		},
	);
}
