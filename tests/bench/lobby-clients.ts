/**
 * The load generator of the lobby benchmark (bench/lobby.ts), in child processes of their own so
 * that neither steals the API server's event loop nor the other's: `viewers` holds thousands of
 * lobby streams open, `submitter` sends registrations and bookings at a fixed rate. Both talk to
 * the benchmark over IPC; every time is `performance.timeOrigin + performance.now()`, which the
 * processes of one machine share.
 */
import { Agent, request, type IncomingMessage } from 'node:http';

const now = () => performance.timeOrigin + performance.now();
const send = (m: object) => process.send!(m);

export type Snapshot = { t: number; registered: number; interviewsBooked: number };
export type ViewerReport = {
	samples: Snapshot[][];
	/** Snapshots each viewer received, and the figures of its last one. */
	counts: number[];
	lastFigures: string[];
	failed: number;
	closedEarly: number;
};
export type Task = { kind: 'registration' | 'booking'; path: string; token: string; body: string };
export type Outcome = { kind: Task['kind']; start: number; end: number; status: number };

function viewers() {
	const agent = new Agent({ keepAlive: true, maxSockets: Infinity });
	const open: IncomingMessage[] = [];
	const counts: number[] = [];
	const last: string[] = [];
	const samples: Snapshot[][] = [];
	let failed = 0;
	let closedEarly = 0;
	let closing = false;

	function connect(url: string, i: number, sampled: boolean, first: () => void) {
		counts[i] = 0;
		last[i] = '';
		const mine: Snapshot[] | undefined = sampled ? [] : undefined;
		if (mine) samples.push(mine);
		let buffer = '';
		let told = false;
		const req = request(url, { agent, headers: { accept: 'text/event-stream' } }, (res) => {
			if (res.statusCode !== 200) {
				failed += 1;
				res.resume();
				return first();
			}
			open.push(res);
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => {
				buffer += chunk;
				let cut: number;
				while ((cut = buffer.indexOf('\n\n')) >= 0) {
					const block = buffer.slice(0, cut);
					buffer = buffer.slice(cut + 2);
					if (!block.startsWith('event: counters')) continue;
					counts[i] = (counts[i] ?? 0) + 1;
					const data = block.slice(block.indexOf('data: ') + 6);
					last[i] = data;
					// only the sampled viewers parse: the others stand for browsers, not for us
					if (mine) {
						const c = JSON.parse(data) as Snapshot;
						mine.push({ t: now(), registered: c.registered, interviewsBooked: c.interviewsBooked });
					}
					if (!told) {
						told = true;
						first();
					}
				}
			});
			res.on('close', () => {
				if (!closing) closedEarly += 1;
			});
		});
		req.on('error', () => {
			if (closing) return;
			failed += 1;
			if (!told) {
				told = true;
				first();
			}
		});
		req.end();
	}

	process.on(
		'message',
		async (m: { cmd: string; url?: string; count?: number; every?: number }) => {
			if (m.cmd === 'connect') {
				const t = now();
				let waiting = m.count!;
				const done = () => {
					waiting -= 1;
					if (!waiting) send({ type: 'connected', ms: now() - t, failed });
				};
				// in steps, as a crowd arrives, so the listen backlog is not flooded in one tick
				for (let i = 0; i < m.count!; i++) {
					connect(m.url!, i, i % m.every! === 0, done);
					if (i % 200 === 199) await new Promise((r) => setTimeout(r, 50));
				}
			} else if (m.cmd === 'report') {
				const report: ViewerReport = { samples, counts, lastFigures: last, failed, closedEarly };
				send({ type: 'report', report });
			} else if (m.cmd === 'close') {
				closing = true;
				for (const res of open) res.destroy();
				agent.destroy();
				send({ type: 'closed' });
				setTimeout(() => process.exit(0), 100);
			}
		},
	);
}

function submitter() {
	const agent = new Agent({ keepAlive: true, maxSockets: 64 });
	const post = (base: string, t: Task) =>
		new Promise<number>((resolve) => {
			const req = request(
				`${base}${t.path}`,
				{
					method: 'POST',
					agent,
					headers: {
						authorization: `Bearer ${t.token}`,
						'content-type': 'application/json',
						'content-length': Buffer.byteLength(t.body),
					},
				},
				(res) => {
					res.resume();
					res.on('end', () => resolve(res.statusCode ?? 0));
				},
			);
			req.on('error', () => resolve(0));
			req.end(t.body);
		});

	process.on(
		'message',
		async (m: { cmd: string; base?: string; tasks?: Task[]; rate?: number }) => {
			if (m.cmd !== 'run') return;
			const tasks = m.tasks!;
			const outcomes: Outcome[] = new Array(tasks.length);
			const gap = 1000 / m.rate!;
			const t0 = now() + 100;
			let finished = 0;
			// open loop: each request leaves at its planned time whatever the answers before it, so a
			// slow server shows as latency, not as a lower rate
			for (let i = 0; i < tasks.length; i++) {
				const wait = t0 + i * gap - now();
				if (wait > 1) await new Promise((r) => setTimeout(r, wait));
				const task = tasks[i]!;
				const start = now();
				void post(m.base!, task).then((status) => {
					outcomes[i] = { kind: task.kind, start, end: now(), status };
					finished += 1;
					if (finished === tasks.length) send({ type: 'done', outcomes });
				});
			}
		},
	);
}

const role = process.argv[2];
if (role === 'viewers') viewers();
else if (role === 'submitter') submitter();
else throw new Error(`unknown role ${role}`);
