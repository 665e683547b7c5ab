import {
	FairReportSchema,
	FollowUpListSchema,
	FollowUpRecordedSchema,
	type FollowUpInput,
	type FollowUpView,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

/**
 * After a fair: the report (issue 14 §9; the .xlsx goes through `raw`, proxyDownload) and the
 * 回访 visits of its hires (§7).
 */
export function fairReportApi({ get, put }: Transport) {
	const fairPath = (fairId: string) => `/api/fairs/${encodeId(fairId)}`;
	return {
		fairReport: {
			get: (fairId: string) => get(`${fairPath(fairId)}/report`, FairReportSchema),
			xlsxPath: (fairId: string) => `${fairPath(fairId)}/report.xlsx`,
		},
		followUps: {
			list: (fairId: string, query: { view: FollowUpView; page: number }) =>
				get(`${fairPath(fairId)}/follow-ups`, FollowUpListSchema, query),
			record: (fairId: string, id: string, body: FollowUpInput) =>
				put(`${fairPath(fairId)}/follow-ups/${encodeId(id)}`, FollowUpRecordedSchema, body),
		},
	};
}
