import { resolve } from 'node:path';
import { serverHoldingDataDir } from '../data-dir.js';

/**
 * The data folder as the server sees it: `pnpm <cmd>` runs in db/, INIT_CWD is where the user
 * typed it, so ./data means the same folder that `npm start` uses.
 */
export function dataDirFrom(env: NodeJS.ProcessEnv, given?: string): string {
	return resolve(env.INIT_CWD ?? process.cwd(), given ?? env.RONGHE_DATA_DIR ?? 'data');
}

/**
 * The embedded database can be open in one process only: refuse while the platform holds the
 * folder (its pid file is api/src/data-dir-lock.ts's `ronghe.pid`).
 */
export function assertNoServer(dataDir: string): void {
	const pid = serverHoldingDataDir(dataDir);
	if (pid !== undefined) {
		throw new Error(
			`数据目录 ${dataDir} 正被运行中的融合就业进程（进程号 ${pid}）使用：请先停止它（Ctrl-C）。`,
		);
	}
}

/** Runs a CLI's main and turns a thrown error into its message and exit code 1. */
export function runCli(main: () => Promise<number>): void {
	main().then(
		(code) => {
			process.exitCode = code;
		},
		(error: unknown) => {
			console.error(error instanceof Error ? error.message : error);
			process.exitCode = 1;
		},
	);
}
