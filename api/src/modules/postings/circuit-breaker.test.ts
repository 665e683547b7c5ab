import { describe, expect, it } from 'vitest';
import { createCircuitBreaker } from './circuit-breaker.js';

describe('createCircuitBreaker', () => {
	it('skips the dependency during the cool-down after it opens, then lets one probe through', () => {
		let t = 1_000;
		const breaker = createCircuitBreaker({ cooldownMs: 5_000, failureThreshold: 1, now: () => t });
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
		const breaker = createCircuitBreaker({ cooldownMs: 1_000, failureThreshold: 1, now: () => t });
		breaker.fail();
		t = 1_000;
		expect(breaker.allow()).toBe(true);
		breaker.fail();
		t = 1_500;
		expect(breaker.allow()).toBe(false);
		t = 2_000;
		expect(breaker.allow()).toBe(true);
	});

	it('stays closed after one timeout: everybody else keeps searching', () => {
		const breaker = createCircuitBreaker();
		expect(breaker.allow()).toBe(true);
		breaker.fail();
		expect(breaker.open).toBe(false);
		expect(breaker.allow()).toBe(true);
	});

	it('opens after five failures in 30 s with no success between them', () => {
		let t = 0;
		const breaker = createCircuitBreaker({ now: () => t });
		for (let i = 0; i < 4; i++) {
			breaker.fail();
			t += 1_000;
		}
		expect(breaker.open).toBe(false);
		breaker.fail();
		expect(breaker.open).toBe(true);
		expect(breaker.allow()).toBe(false);
	});

	it('forgets failures older than the window and failures before a success', () => {
		let t = 0;
		const breaker = createCircuitBreaker({ now: () => t });
		for (let i = 0; i < 4; i++) breaker.fail();
		t = 30_001; // the four above are out of the window
		breaker.fail();
		expect(breaker.open).toBe(false);
		for (let i = 0; i < 3; i++) breaker.fail();
		breaker.succeed();
		breaker.fail();
		expect(breaker.open).toBe(false);
	});
});
