// `pnpm search:check`: compares the database with the search index; exits 1 on any drift.
import { checkDrift, formatDriftReport, hasDrift } from '../check.js';
import { loadCliConfig } from './config.js';
import { openPlatform, run } from './open.js';

run(async () => {
	const platform = await openPlatform(loadCliConfig());
	try {
		const reports = await checkDrift(platform.handle.db, platform.engine);
		for (const r of reports) console.log(formatDriftReport(r));
		return reports.some(hasDrift) ? 1 : 0;
	} finally {
		await platform.close();
	}
});
