import { spawnSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@ronghe/search';

/**
 * A throwaway PostgreSQL cluster on a free port (initdb + pg_ctl, as the `postgres` user when
 * run as root), tuned for speed over durability. Returns its URL and a stop function.
 */
export async function startThrowawayPostgres(): Promise<{
	url: string;
	stop(): void;
	/** Stops the server but keeps its data, as an operator's restart or a crash would. */
	halt(mode?: 'fast' | 'immediate'): void;
	/** Starts it again on the same port with the same data. */
	resume(): void;
}> {
	const versions = readdirSync('/usr/lib/postgresql').sort().reverse();
	const bin = `/usr/lib/postgresql/${versions[0]}/bin`;
	const dir = mkdtempSync(join(tmpdir(), 'ronghe-pg-'));
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		const id = (flag: string) =>
			Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout.trim());
		chownSync(dir, id('-u'), id('-g'));
	}
	const run = (args: string[]) => {
		const [cmd, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', ...args] : args;
		const r = spawnSync(cmd!, rest, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
	};
	const port = await freePort();
	const data = join(dir, 'data');
	run(
		[`${bin}/initdb`, '-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8'].concat([
			'--locale=C.UTF-8',
			'--no-sync',
		]),
	);
	const options = [
		`-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${dir}`,
		'-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200',
	].join(' ');
	const start = () =>
		run([`${bin}/pg_ctl`, '-D', data, '-l', join(dir, 'server.log'), '-w', '-o', options, 'start']);
	start();
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		halt(mode = 'fast') {
			run([`${bin}/pg_ctl`, '-D', data, '-m', mode, '-w', 'stop']);
		},
		resume: start,
		stop() {
			run([`${bin}/pg_ctl`, '-D', data, '-m', 'immediate', '-w', 'stop']);
			rmSync(dir, { recursive: true, force: true });
		},
	};
}
