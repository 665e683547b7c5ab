import {
	EmployerHomeSchema,
	HealthSchema,
	SeekerHomeSchema,
	StaffHomeSchema,
	TownshipListSchema,
	type PostingListQuery,
} from '@ronghe/contracts';
import { accountsApi } from './api/accounts';
import { applicationsApi } from './api/applications';
import { contactsApi } from './api/contacts';
import { enterpriseApi } from './api/enterprise';
import { fairChatApi } from './api/fair-chat';
import { fairReportApi } from './api/fair-report';
import { fairsApi } from './api/fairs';
import { indicatorsApi } from './api/indicators';
import { massageApi } from './api/massage';
import { matchingApi } from './api/matching';
import { peopleApi } from './api/people';
import { postingsApi } from './api/postings';
import { priorityApi } from './api/priority';
import { privacyApi } from './api/privacy';
import { quotaApi } from './api/quota';
import { recordsApi } from './api/records';
import { referralsApi } from './api/referrals';
import { rulesApi } from './api/rules';
import { trainingApi } from './api/training';
import { createTransport } from './api/transport';

export type { ApiResult } from './api/transport';
export type PostingListParams = Partial<PostingListQuery>;

/**
 * Typed client for the Fastify API, created once per request in `hooks.server.ts`: one group of
 * calls per part of the platform (api/*.ts), all on one transport that never throws.
 */
export function createApiClient(
	fetchFn: typeof fetch,
	baseUrl: string,
	cookieHeader?: string,
	clientAddress?: string,
	userAgent?: string,
) {
	const transport = createTransport(fetchFn, baseUrl, cookieHeader, clientAddress, userAgent);
	const { get, raw } = transport;
	return {
		health: () => get('/api/health', HealthSchema),
		townships: () => get('/api/townships', TownshipListSchema),
		/** What waits for the signed-in person on their role's home page. */
		home: {
			staff: () => get('/api/home/staff', StaffHomeSchema),
			employer: () => get('/api/home/employer', EmployerHomeSchema),
			seeker: () => get('/api/home/seeker', SeekerHomeSchema),
		},
		/** A request passed through as is: file uploads and downloads (.xlsx). */
		raw,
		...postingsApi(transport),
		...peopleApi(transport),
		...quotaApi(transport),
		...accountsApi(transport),
		...privacyApi(transport),
		...contactsApi(transport),
		...matchingApi(transport),
		...applicationsApi(transport),
		...priorityApi(transport),
		...fairsApi(transport),
		...fairChatApi(transport),
		...fairReportApi(transport),
		...trainingApi(transport),
		...massageApi(transport),
		...recordsApi(transport),
		...referralsApi(transport),
		...enterpriseApi(transport),
		...indicatorsApi(transport),
		...rulesApi(transport),
	};
}

export type ApiClient = ReturnType<typeof createApiClient>;
