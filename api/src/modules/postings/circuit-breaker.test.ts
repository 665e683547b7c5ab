import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './circuit-breaker.js';

describe('createCircuitBreaker', () => {
	it('skips the dependency during the cool-down after a failure, then lets one probe through', () => {
		let t = 1_000;
		const breaker = createCircuitBreaker({ cooldownMs: 5_000, now: () => t });
		expect(breaker.allow()).toBe(true);
		breaker.fail();
		expect(breaker.open).toBe(true);
		t += 4_999;
		expect(breaker.allow()).toBe(false);
		t += 1;
		expect(breaker.allow()).toBe(true);
		// while the probe runs, everybody else keeps using the fallback
		expect(breaker.allow()).toBe(false);
		breaker.succeed();
		expect(breaker.open).toBe(false);
		expect(breaker.allow()).toBe(true);
	});

	it('starts a new cool-down when the probe fails', () => {
		let t = 0;
		const breaker = createCircuitBreaker({ cooldownMs: 1_000, now: () => t });
		breaker.fail();
		t = 1_000;
		expect(breaker.allow()).toBe(true);
		breaker.fail();
		t = 1_500;
		expect(breaker.allow()).toBe(false);
		t = 2_000;
		expect(breaker.allow()).toBe(true);
	});
});
