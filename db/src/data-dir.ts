import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the data folder naming the platform process that holds it (api/src/data-dir-lock.ts). */
export const PID_FILE = 'ronghe.pid';

/**
 * The platform process that holds the data folder, if one is running: the pid in its file, when
 * that process is still the server (built `server.mjs`, or `server.ts` in development) and not
 * this process. A pid file left by a crash may name a pid now used by something else.
 */
export function serverHoldingDataDir(dataDir: string): number | undefined {
	const file = join(dataDir, PID_FILE);
	if (!existsSync(file)) return undefined;
	const pid = Number(readFileSync(file, 'utf8').trim());
	if (!(pid > 0) || pid === process.pid) return undefined;
	try {
		const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
		return /\bserver\.(ts|mjs)\b/.test(cmdline) ? pid : undefined;
	} catch {
		return undefined; // no such process
	}
}
