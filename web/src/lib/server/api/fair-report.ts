import { FairReportSchema } from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

/** The fair report (issue 14 §9); the .xlsx goes through `raw` (proxyDownload). */
export function fairReportApi({ get }: Transport) {
	return {
		fairReport: {
			get: (fairId: string) => get(`/api/fairs/${encodeId(fairId)}/report`, FairReportSchema),
			xlsxPath: (fairId: string) => `/api/fairs/${encodeId(fairId)}/report.xlsx`,
		},
	};
}
