import {
	ServiceContactSchema,
	ServiceInfoSchema,
	SiteInfoSchema,
	type SaveServiceContactBody,
	type SaveSiteInfoBody,
} from '@ronghe/contracts';
import type { Transport } from './transport';

/** The service's contacts (县残联, 县人社局, 专职委员) and the footer's hotline and 备案 numbers. */
export function contactsApi({ get, put }: Transport) {
	return {
		contacts: {
			info: () => get('/api/contacts', ServiceInfoSchema),
			save: (key: string, body: SaveServiceContactBody) =>
				put(`/api/contacts/${encodeURIComponent(key)}`, ServiceContactSchema, body),
			saveSite: (body: SaveSiteInfoBody) => put('/api/site-info', SiteInfoSchema, body),
		},
	};
}
