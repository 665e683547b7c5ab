// Command two: install what the tests need, then run every lane (tests/run.ts prints the summary).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkNode, installDependencies, ROOT, which } from './lib.mjs';

checkNode();

function missingSystemPackages() {
	const missing = [];
	const pgBin =
		existsSync('/usr/lib/postgresql') &&
		readdirSync('/usr/lib/postgresql').some((v) =>
			existsSync(`/usr/lib/postgresql/${v}/bin/initdb`),
		);
	if (!pgBin) missing.push('postgresql');
	if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
	const fonts = spawnSync('sh', ['-c', 'fc-list :lang=zh family'], { encoding: 'utf8' });
	if (!/Noto Sans CJK/i.test(fonts.stdout ?? '')) missing.push('fonts-noto-cjk');
	return missing;
}

const missing = missingSystemPackages();
if (missing.length) {
	console.log(`安装测试所需的系统软件包：${missing.join(' ')}`);
	const asRoot = process.getuid?.() === 0;
	const prefix = asRoot ? [] : which('sudo') ? ['sudo', '-n'] : null;
	if (!prefix) {
		console.error(
			`缺少 ${missing.join('、')}，且没有 root 权限：请先运行 apt-get install -y ${missing.join(' ')}`,
		);
		process.exit(1);
	}
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	for (const args of [
		['apt-get', 'update', '-qq'],
		['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing],
	]) {
		const cmd = [...prefix, ...args];
		const res = spawnSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env });
		if (res.status !== 0) {
			console.error(`命令失败：${cmd.join(' ')}`);
			process.exit(1);
		}
	}
}

installDependencies();
// Ctrl-C reaches tests/run.ts too; it stops its servers and exits, and we wait for that.
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => {});
const res = spawnSync(process.execPath, ['--import', 'tsx', 'run.ts', ...process.argv.slice(2)], {
	cwd: join(ROOT, 'tests'),
	stdio: 'inherit',
});
process.exit(res.status ?? 1);
