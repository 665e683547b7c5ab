import fp from 'fastify-plugin';

/**
 * Runs the saved-search matcher and the fair interview reminders every `intervalMs` while the app runs: started on ready, stopped
 * on close. Several API processes may run it; row locks and dedupe keys keep that safe.
 */
export const alertsMatcherPlugin = fp<{ intervalMs: number }>(
	async (app, opts) => {
		let timer: NodeJS.Timeout | undefined;
		let running: Promise<unknown> | undefined;
		let stopped = false;
		const tick = () => {
			running = app.services.alerts
				.matchNow()
				.then(async (r) => {
					if (r.notifications) app.log.info(r, 'saved-search alerts sent');
					// the same tick reminds seekers of fair interviews starting within 30 minutes
					const reminded = await app.services.fairReminders();
					if (reminded) app.log.info({ reminded }, 'interview reminders sent');
				})
				.catch((err: unknown) => app.log.warn({ err }, 'saved-search matcher failed'))
				.finally(() => {
					running = undefined;
					if (!stopped) timer = setTimeout(tick, opts.intervalMs);
				});
		};
		app.addHook('onReady', async () => {
			timer = setTimeout(tick, opts.intervalMs);
		});
		app.addHook('onClose', async () => {
			stopped = true;
			if (timer) clearTimeout(timer);
			await running;
		});
	},
	{ name: 'alerts-matcher', dependencies: ['services'] },
);
