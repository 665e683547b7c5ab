// Command one: install, build (the web app, and the API into plain JavaScript), migrate, seed the Wutai demo data when empty, and start everything.
// The terminal shows one line per step and then the server's banner; what the installer and the
// builds print goes to <data dir>/logs/build.log and is shown only when a step fails.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApiIfStale, buildWebIfStale, checkNode, installDependencies, ROOT } from './lib.mjs';

checkNode();
const dataDir = resolve(process.env.RONGHE_DATA_DIR ?? resolve(ROOT, 'data'));
const log = join(dataDir, 'logs', 'build.log');
mkdirSync(join(dataDir, 'logs'), { recursive: true });
writeFileSync(log, `# ${new Date().toISOString()} 启动命令的安装与构建输出\n`);

console.log('安装依赖……');
installDependencies({ log });
const handler = buildWebIfStale({
	log,
	onBuild: () => console.log('构建网页……（首次约需一分钟）'),
});
const server = buildApiIfStale({ log, onBuild: () => console.log('构建接口……') });
console.log('启动数据库和搜索……');

const port = process.env.PORT ?? '3000';
const env = {
	...process.env,
	PORT: port,
	RONGHE_DATA_DIR: dataDir,
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
