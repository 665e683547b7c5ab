import {
	ClinicListSchema,
	ClinicSchema,
	PractitionerListSchema,
	PractitionerSchema,
	type ClinicInput,
	type PractitionerInput,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const clinic = (id: string) => `/api/massage/clinics/${encodeId(id)}`;

/** 盲人按摩: practitioners, their continuing education, and clinics (issue 15 §5). */
export function massageApi({ get, post, put }: Transport) {
	return {
		massage: {
			practitioners: (page = 1, pageSize = 20) =>
				get('/api/massage/practitioners', PractitionerListSchema, { page, pageSize }),
			practitioner: (id: string) =>
				get(`/api/massage/practitioners/${encodeId(id)}`, PractitionerSchema),
			/** One record per person: saving again updates it. */
			savePractitioner: (body: PractitionerInput) =>
				put('/api/massage/practitioners', PractitionerSchema, body),
			setHours: (practitionerId: string, year: number, hours: number) =>
				put(
					`/api/massage/practitioners/${encodeId(practitionerId)}/hours/${year}`,
					PractitionerSchema,
					{ hours },
				),
			clinics: (page = 1, pageSize = 20) =>
				get('/api/massage/clinics', ClinicListSchema, { page, pageSize }),
			clinic: (id: string) => get(clinic(id), ClinicSchema),
			createClinic: (body: ClinicInput) => post('/api/massage/clinics', ClinicSchema, body),
			updateClinic: (id: string, body: ClinicInput) => put(clinic(id), ClinicSchema, body),
		},
	};
}
