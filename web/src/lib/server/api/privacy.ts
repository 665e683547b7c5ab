import {
	DeletionResultSchema,
	MyDataTableSchema,
	type DeletionRequestBody,
} from '@ronghe/contracts';
import type { Transport } from './transport';

/** A seeker's rights over their own data: who looked at it, and deleting the account. */
export function privacyApi({ get, post }: Transport) {
	return {
		privacy: {
			views: () => get('/api/me/data/views', MyDataTableSchema),
			erase: (body: DeletionRequestBody) =>
				post('/api/me/deletion-request', DeletionResultSchema, body),
		},
	};
}
