import { describe, expect, it } from 'vitest';
import { readStepForm, stepNav } from './profile';

const formOf = (entries: [string, string][]) => {
	const form = new FormData();
	for (const [k, v] of entries) form.append(k, v);
	return form;
};

describe('readStepForm', () => {
	it('reads ticked occupation codes, splits lists on Chinese commas, reads full-width numbers', () => {
		const { body, values } = readStepForm(
			'wishes',
			formOf([
				['desiredOccupations', '4-01-02-02'],
				['desiredOccupations', 'X-BJY'],
				['desiredOccupationsNote', '调律师'],
				['skills', '打字\n按摩，种植、 '],
				['desiredWorkModes', 'home_based'],
				['desiredWorkModes', 'part_time'],
				['expectedPayMin', '２５００'],
				['maxTravelKm', ''],
			]),
		);
		expect(body).toMatchObject({
			desiredOccupations: ['4-01-02-02', 'X-BJY'],
			desiredOccupationsNote: '调律师',
			desiredWorkModes: ['home_based', 'part_time'],
			expectedPayMin: 2500,
			maxTravelKm: null,
			skills: ['打字', '按摩', '种植'],
		});
		expect(values.expectedPayMin).toBe('２５００');
	});

	it('passes a number that is not one on as typed, so the API can say what is wrong', () => {
		const { body } = readStepForm('wishes', formOf([['expectedPayMin', '两千']]));
		expect(body.expectedPayMin).toBe('两千');
	});

	it('reads checkboxes as booleans and unanswered ability items as null', () => {
		expect(readStepForm('passport', formOf([['largeText', 'on']])).body).toMatchObject({
			largeText: true,
			highContrast: false,
			needs: [],
		});
		const ability = readStepForm(
			'ability',
			formOf([
				['standing', '2'],
				['walking', ''],
			]),
		).body;
		expect(ability).toMatchObject({ standing: 2, walking: null });
	});
});

describe('stepNav', () => {
	it('numbers the steps and names the next one', () => {
		expect(stepNav('basic')).toMatchObject({ number: 1, total: 5, next: 'employment' });
		expect(stepNav('passport')).toMatchObject({ number: 5, next: null });
	});
});
