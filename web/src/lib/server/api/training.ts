import {
	AttendanceResultSchema,
	EnrolmentListSchema,
	EnrolmentSchema,
	EnrolResultSchema,
	MyTrainingSchema,
	MyTrainingWithNeedsSchema,
	TrainingCourseListSchema,
	TrainingCourseSchema,
	TrainingNeedListSchema,
	TrainingNeedOverviewSchema,
	TrainingNeedSchema,
	type AttendanceInput,
	type EnrolmentResultInput,
	type TrainingCourseInput,
	type TrainingCourseListQuery,
	type TrainingNeedInput,
	type TrainingNeedQuery,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

const course = (id: string) => `/api/training-courses/${encodeId(id)}`;
const needs = (personId: string) => `/api/people/${encodeId(personId)}/training-needs`;

/** 职业技能培训: courses, enrolment (self and 代办), 点名, 结业 and 培训需求 (docs/training.md). */
export function trainingApi({ get, post, put, del }: Transport) {
	return {
		training: {
			list: (query: Partial<TrainingCourseListQuery> = {}) =>
				get('/api/training-courses', TrainingCourseListSchema, query),
			get: (id: string) => get(course(id), TrainingCourseSchema),
			create: (body: TrainingCourseInput) =>
				post('/api/training-courses', TrainingCourseSchema, body),
			update: (id: string, body: TrainingCourseInput) =>
				put(course(id), TrainingCourseSchema, body),
			enrol: (id: string) => post(`${course(id)}/enrolments`, EnrolResultSchema),
			withdraw: (id: string) => post(`${course(id)}/withdraw`, EnrolmentSchema),
			enrolFor: (personId: string, id: string) =>
				post(
					`/api/people/${encodeId(personId)}/training-courses/${encodeId(id)}/enrolments`,
					EnrolResultSchema,
				),
			roster: (id: string) => get(`${course(id)}/enrolments`, EnrolmentListSchema),
			attendance: (id: string, date: string, body: AttendanceInput) =>
				put(`${course(id)}/attendance/${encodeId(date)}`, AttendanceResultSchema, body),
			result: (id: string, enrolmentId: string, body: EnrolmentResultInput) =>
				put(`${course(id)}/enrolments/${encodeId(enrolmentId)}/result`, EnrolmentSchema, body),
			mine: () => get('/api/me/training', MyTrainingWithNeedsSchema),
			forPerson: (personId: string) =>
				get(`/api/people/${encodeId(personId)}/training`, MyTrainingSchema),
			/** 培训需求: a person's, recording and removing one, and the open ones across people. */
			needs: (personId: string) => get(needs(personId), TrainingNeedListSchema),
			recordNeed: (personId: string, body: TrainingNeedInput) =>
				post(needs(personId), TrainingNeedSchema, body),
			removeNeed: (personId: string, id: string) => del(`${needs(personId)}/${encodeId(id)}`),
			needsAcross: (query: Partial<TrainingNeedQuery> = {}) =>
				get('/api/training-needs', TrainingNeedOverviewSchema, query),
		},
	};
}
