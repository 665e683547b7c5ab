import {
	AnnualReviewDetailSchema,
	AnnualReviewListSchema,
	DisabledEmployeeSchema,
	DisclosureListSchema,
	DisclosurePreviewSchema,
	DisclosureSchema,
	EmployerQuotaSchema,
	FiledObjectionSchema,
	LevyEstimateSchema,
	LevyRuleListSchema,
	LevyRuleSchema,
	LevyRuleYearsSchema,
	LocalWageListSchema,
	LocalWageSchema,
	ObjectionListSchema,
	ObjectionSchema,
	QuotaAgenciesSchema,
	QuotaOverviewSchema,
	QuotaWhatIfSchema,
	RosterSchema,
	UnmaskedCertificateSchema,
	type AnnualReviewListQuery,
	type AnswerObjectionBody,
	type DecideEmployeeBody,
	type DisabledEmployeeBody,
	type FileObjectionBody,
	type LevyEstimateBody,
	type PublishDisclosureBody,
	type QuotaWhatIfBody,
	type SaveLevyRuleBody,
	type SaveLocalWageBody,
	type SaveQuotaYearBody,
	type UpdateDisabledEmployeeBody,
} from '@ronghe/contracts';
import { encodeId, type Query, type Transport } from './transport';

/** The levy, the employer's quota year and roster, 年审, and the bureau's quota screens. */
export function quotaApi({ get, post, put, del }: Transport) {
	const id = encodeId;
	return {
		levy: {
			ruleYears: () => get('/api/quota/levy-rules', LevyRuleYearsSchema),
			estimate: (body: LevyEstimateBody) =>
				post('/api/quota/levy-estimate', LevyEstimateSchema, body),
		},
		employerQuota: {
			get: (year: number) => get(`/api/employer/quota/${year}`, EmployerQuotaSchema),
			save: (year: number, body: SaveQuotaYearBody) =>
				put(`/api/employer/quota/${year}`, EmployerQuotaSchema, body),
			whatIf: (year: number, body: QuotaWhatIfBody) =>
				post(`/api/employer/quota/${year}/what-if`, QuotaWhatIfSchema, body),
		},
		roster: {
			list: (year: number) => get(`/api/employer/quota/${year}/employees`, RosterSchema),
			create: (year: number, body: DisabledEmployeeBody) =>
				post(`/api/employer/quota/${year}/employees`, DisabledEmployeeSchema, body),
			get: (employeeId: string) =>
				get(`/api/employer/disabled-employees/${id(employeeId)}`, DisabledEmployeeSchema),
			update: (employeeId: string, body: UpdateDisabledEmployeeBody) =>
				put(`/api/employer/disabled-employees/${id(employeeId)}`, DisabledEmployeeSchema, body),
			remove: (employeeId: string) => del(`/api/employer/disabled-employees/${id(employeeId)}`),
			submit: (year: number) => post(`/api/employer/quota/${year}/review`, RosterSchema),
		},
		annualReviews: {
			list: (query: Partial<AnnualReviewListQuery> = {}) =>
				get('/api/annual-reviews', AnnualReviewListSchema, query),
			get: (employerId: string, year: number) =>
				get(`/api/annual-reviews/${id(employerId)}/${year}`, AnnualReviewDetailSchema),
			unmask: (employerId: string, year: number, employeeId: string) =>
				post(
					`/api/annual-reviews/${id(employerId)}/${year}/employees/${id(employeeId)}/unmask`,
					UnmaskedCertificateSchema,
				),
			decide: (employerId: string, year: number, employeeId: string, body: DecideEmployeeBody) =>
				post(
					`/api/annual-reviews/${id(employerId)}/${year}/employees/${id(employeeId)}/decision`,
					AnnualReviewDetailSchema,
					body,
				),
			approve: (employerId: string, year: number) =>
				post(`/api/annual-reviews/${id(employerId)}/${year}/approve`, AnnualReviewDetailSchema),
			return: (employerId: string, year: number, reason: string) =>
				post(`/api/annual-reviews/${id(employerId)}/${year}/return`, AnnualReviewDetailSchema, {
					reason,
				}),
		},
		/** The bureau's quota screens, and the public disclosure. */
		quota: {
			overview: (query: Query) => get('/api/quota/overview', QuotaOverviewSchema, query),
			agencies: (year: number, page: number) =>
				get('/api/quota/agencies', QuotaAgenciesSchema, { year, page }),
			wages: () => get('/api/quota/wages', LocalWageListSchema),
			saveWage: (areaCode: string, year: number, body: SaveLocalWageBody) =>
				put(`/api/quota/wages/${id(areaCode)}/${year}`, LocalWageSchema, body),
			rules: () => get('/api/quota/rules', LevyRuleListSchema),
			saveRule: (provinceCode: string, year: number, body: SaveLevyRuleBody) =>
				put(`/api/quota/rules/${id(provinceCode)}/${year}`, LevyRuleSchema, body),
			disclosures: () => get('/api/quota/disclosures', DisclosureListSchema),
			disclosure: (year: number) => get(`/api/quota/disclosures/${year}`, DisclosureSchema),
			preview: (year: number) =>
				get(`/api/quota/disclosures/${year}/preview`, DisclosurePreviewSchema),
			publish: (year: number, body: PublishDisclosureBody) =>
				post(`/api/quota/disclosures/${year}/publish`, DisclosureSchema, body),
			fileObjection: (year: number, body: FileObjectionBody) =>
				post(`/api/quota/disclosures/${year}/objections`, FiledObjectionSchema, body),
			objections: (query: Query) => get('/api/quota/objections', ObjectionListSchema, query),
			answer: (objectionId: string, body: AnswerObjectionBody) =>
				post(`/api/quota/objections/${id(objectionId)}/answer`, ObjectionSchema, body),
		},
	};
}
