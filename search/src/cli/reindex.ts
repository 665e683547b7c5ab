// `pnpm search:reindex`: rebuilds the search index from PostgreSQL and swaps it in.
import { reindex } from '../reindex.js';
import { loadCliConfig } from './config.js';
import { openPlatform, run } from './open.js';
import { createProgressBar } from './progress.js';

run(async () => {
	const platform = await openPlatform(loadCliConfig());
	try {
		const started = performance.now();
		let bar: ReturnType<typeof createProgressBar> | undefined;
		let swapping = false;
		const { documents } = await reindex(platform.handle.db, platform.engine, {
			onProgress: ({ index, phase, done, total }) => {
				if (phase === 'swap') {
					bar?.end();
					bar = undefined;
					if (!swapping) process.stderr.write(`正在切换到新索引 ${index}……\n`);
					swapping = true;
					return;
				}
				bar ??= createProgressBar(process.stderr, `重建 ${index}`);
				bar.update(done, total);
			},
		});
		const seconds = ((performance.now() - started) / 1000).toFixed(1);
		console.log(`搜索索引已重建：${documents} 个岗位，用时 ${seconds} 秒。`);
		return 0;
	} finally {
		await platform.close();
	}
});
