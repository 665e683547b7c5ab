// Command one: install, build (the web app, and the API into plain JavaScript), migrate, seed the Wutai demo data when empty, and start everything.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { buildApiIfStale, buildWebIfStale, checkNode, installDependencies, ROOT } from './lib.mjs';

checkNode();
installDependencies();
const handler = buildWebIfStale();
const server = buildApiIfStale();

const port = process.env.PORT ?? '3000';
const env = {
	...process.env,
	PORT: port,
	RONGHE_DATA_DIR: resolve(process.env.RONGHE_DATA_DIR ?? resolve(ROOT, 'data')),
	RONGHE_WEB_HANDLER: handler,
	RONGHE_API_URL: process.env.RONGHE_API_URL ?? `http://127.0.0.1:${port}`,
	// the roster upload form posts .xlsx files of up to 20 MB through the web app
	BODY_SIZE_LIMIT: process.env.BODY_SIZE_LIMIT ?? '21M',
};
const child = spawn(process.execPath, ['--enable-source-maps', server], {
	cwd: resolve(ROOT, 'api'),
	env,
	stdio: 'inherit',
});
// Ctrl-C reaches the server too (same process group); wait for it to finish shutting down.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		if (sig !== 'SIGINT') child.kill(sig);
	});
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
