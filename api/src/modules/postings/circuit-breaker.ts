/**
 * Remembers that a dependency failed, so requests skip it for `cooldownMs` instead of each
 * waiting for a timeout. After the cool-down one request probes it (others keep skipping
 * until that probe ends); a success closes the breaker, a failure starts a new cool-down.
 */
export function createCircuitBreaker({
	cooldownMs = 10_000,
	now = () => Date.now(),
}: { cooldownMs?: number; now?: () => number } = {}) {
	let openUntil = 0;
	let probing = false;
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
		},
		fail() {
			openUntil = now() + cooldownMs;
			probing = false;
		},
		get open(): boolean {
			return openUntil !== 0;
		},
	};
}
export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>;
