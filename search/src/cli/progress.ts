/**
 * A progress bar on a terminal; elsewhere (CI logs, pipes) one line per 10 %, so logs stay short.
 */
export function createProgressBar(out: NodeJS.WriteStream, label: string) {
	let lastStep = -1;
	let lastDraw = 0;
	return {
		update(done: number, total: number) {
			const ratio = total > 0 ? Math.min(1, done / total) : 1;
			if (out.isTTY) {
				const now = performance.now();
				if (ratio < 1 && now - lastDraw < 100) return;
				lastDraw = now;
				const width = Math.max(10, Math.min(40, (out.columns ?? 80) - 40));
				const filled = Math.round(ratio * width);
				const bar = '█'.repeat(filled) + '░'.repeat(width - filled);
				out.write(`\r\x1b[K${label} ${bar} ${Math.floor(ratio * 100)}% ${done}/${total}`);
				return;
			}
			const step = Math.floor(ratio * 10);
			if (step === lastStep) return;
			lastStep = step;
			out.write(`${label} ${step * 10}% (${done}/${total})\n`);
		},
		end() {
			if (out.isTTY) out.write('\n');
		},
	};
}
