/**
 * Remembers that a dependency is failing, so requests skip it for `cooldownMs` instead of each
 * waiting for a timeout. It opens only after `failureThreshold` failures within `windowMs` with
 * no success in between: one slow query (a heavy filter, a garbage-collection pause) must not
 * send everybody's searches to the fallback. After the cool-down one request probes the
 * dependency (half-open; others keep skipping until that probe ends): a success closes the
 * breaker, a failure starts a new cool-down at once.
 */
export function createCircuitBreaker({
	cooldownMs = 10_000,
	failureThreshold = 5,
	windowMs = 30_000,
	now = () => Date.now(),
}: {
	cooldownMs?: number;
	failureThreshold?: number;
	windowMs?: number;
	now?: () => number;
} = {}) {
	let openUntil = 0;
	let probing = false;
	/** When the recent failures happened (closed state only), oldest first. */
	let failures: number[] = [];
	return {
		/** True when the caller should try the dependency now. */
		allow(): boolean {
			if (openUntil === 0) return true;
			if (probing || now() < openUntil) return false;
			probing = true;
			return true;
		},
		succeed() {
			openUntil = 0;
			probing = false;
			failures = [];
		},
		fail() {
			const t = now();
			if (openUntil !== 0) {
				// the half-open probe failed (or a request started before the breaker opened)
				openUntil = t + cooldownMs;
				probing = false;
				return;
			}
			failures = failures.filter((at) => at > t - windowMs);
			failures.push(t);
			if (failures.length >= failureThreshold) {
				openUntil = t + cooldownMs;
				failures = [];
			}
		},
		get open(): boolean {
			return openUntil !== 0;
		},
	};
}
export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;
