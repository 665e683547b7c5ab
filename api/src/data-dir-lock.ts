import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PID_FILE, serverHoldingDataDir } from '@ronghe/db';

/**
 * One platform process per data folder: the embedded database and Meilisearch cannot be shared.
 * Returns the lock file, or undefined when nothing embedded lives there (a real DATABASE_URL
 * and MEILI_URL), in which case several processes may run side by side.
 */
export function claimDataDir(dataDir: string, externalDb: boolean): string | undefined {
	if (externalDb) return undefined;
	mkdirSync(dataDir, { recursive: true });
	const file = join(dataDir, PID_FILE);
	const pid = serverHoldingDataDir(dataDir);
	if (pid !== undefined) {
		throw new Error(
			`数据目录 ${dataDir} 已被另一个正在运行的融合就业进程（进程号 ${pid}）使用：请先停止它，或用 RONGHE_DATA_DIR 指定另一个目录。`,
		);
	}
	writeFileSync(file, String(process.pid));
	return file;
}

export function releaseOnExit(file: string | undefined) {
	if (file) process.once('exit', () => rmSync(file, { force: true }));
}
