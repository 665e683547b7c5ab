import { TOWNSHIPS } from '../reference/townships.js';
import { SEAT_STREETS, TOWNSHIP_WEIGHTS, VILLAGES } from './data.js';
import { createWeighted, type Random } from './random.js';

export type Place = {
	code: string;
	name: string;
	countyCode: string;
	latitude: number;
	longitude: number;
	villages: readonly string[];
};

/** The 17 townships with their villages, in the reference order. */
export const PLACES: readonly Place[] = TOWNSHIPS.map((t) => ({
	code: t.code,
	name: t.name,
	countyCode: t.countyCode,
	latitude: t.latitude,
	longitude: t.longitude,
	villages: VILLAGES[t.code] ?? [`${t.name.slice(0, -1)}村`],
}));

const byName = new Map(PLACES.map((p) => [p.name, p]));
const SEAT_CODE = '140922100';

export function placeByName(name: string): Place {
	const place = byName.get(name);
	if (!place) throw new Error(`unknown township: ${name}`);
	return place;
}

/** A township weighted by its share of the registry. */
export const weightedPlace = createWeighted(
	PLACES.map((p) => [p, TOWNSHIP_WEIGHTS[p.code] ?? 1] as const),
);

export function isCountySeat(place: Place): boolean {
	return place.code === SEAT_CODE;
}

/** A street address in the county seat, otherwise a village address. */
export function makeAddress(rng: Random, place: Place): string {
	if (isCountySeat(place)) return `五台县台城镇${rng.pick(SEAT_STREETS)}${rng.int(1, 160)}号`;
	return `五台县${place.name}${rng.pick(place.villages)}`;
}

/** A point within about 1.5 km of the township's (approximate) coordinates. */
export function jitter(rng: Random, place: Place): { latitude: number; longitude: number } {
	const round = (n: number) => Math.round(n * 1e5) / 1e5;
	return {
		latitude: round(place.latitude + (rng.next() - 0.5) * 0.03),
		longitude: round(place.longitude + (rng.next() - 0.5) * 0.03),
	};
}
