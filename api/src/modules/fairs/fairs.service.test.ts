import { describe, expect, it } from 'vitest';
import { fairStatus } from './fairs.service.js';

describe('fairStatus', () => {
	const fair = {
		startsAt: new Date('2027-01-08T09:00:00+08:00'),
		endsAt: new Date('2027-01-08T16:00:00+08:00'),
	};
	it('is upcoming before the start, live during, finished after', () => {
		expect(fairStatus(fair, new Date('2027-01-08T08:59:59+08:00'))).toBe('upcoming');
		expect(fairStatus(fair, new Date('2027-01-08T09:00:00+08:00'))).toBe('live');
		expect(fairStatus(fair, new Date('2027-01-08T16:00:00+08:00'))).toBe('live');
		expect(fairStatus(fair, new Date('2027-01-08T16:00:01+08:00'))).toBe('finished');
	});
});
