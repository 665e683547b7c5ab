import {
	IndicatorListSchema,
	type IndicatorCode,
	type IndicatorTargetInput,
} from '@ronghe/contracts';
import type { Transport } from './transport';

type Scope = { year: number; township?: string };

const query = ({ year, township }: Scope) => {
	const p = new URLSearchParams({ year: String(year) });
	if (township) p.set('township', township);
	return p.toString();
};

/**
 * The plan's indicators (issue 15 §7) and the 实名制 statistics downloads (§8); the .xlsx files
 * go through `raw` (proxyDownload).
 */
export function indicatorsApi({ get, put }: Transport) {
	return {
		indicators: {
			list: (scope: Scope) =>
				get('/api/indicators', IndicatorListSchema, { year: scope.year, township: scope.township }),
			saveTarget: (year: number, code: IndicatorCode, body: IndicatorTargetInput) =>
				put(`/api/indicators/${year}/targets/${code}`, IndicatorListSchema, body),
			xlsxPath: (scope: Scope) => `/api/indicators/export.xlsx?${query(scope)}`,
		},
		realNameStatistics: {
			xlsxPath: (year: number) => `/api/statistics/real-name?year=${year}`,
			unmaskedPath: '/api/statistics/real-name',
		},
	};
}
