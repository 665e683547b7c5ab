import {
	AddedEmployerUserSchema,
	ClaimLinkedSchema,
	CurrentUserSchema,
	EmployerDetailSchema,
	EmployerListSchema,
	EmployerSchema,
	EmployerSignUpResultSchema,
	EmployerUserListSchema,
	EmployerUserSchema,
	LoginResultSchema,
	SignedOutSchema,
	type AddEmployerUserBody,
	type ChangePasswordBody,
	type ClaimCodeBody,
	type EmployerListQuery,
	type EmployerSignUpBody,
	type LoginBody,
	type ReviewEmployerBody,
	type SignUpBody,
	type UpdateEmployerBody,
} from '@ronghe/contracts';
import { encodeId, type Transport } from './transport';

/** Signing in and out, and employers' accounts. */
export function accountsApi({ get, post, put }: Transport) {
	const id = encodeId;
	return {
		auth: {
			login: (body: LoginBody) => post('/api/auth/login', LoginResultSchema, body),
			me: () => get('/api/auth/me', CurrentUserSchema),
			logout: () => post('/api/auth/logout', SignedOutSchema),
			logoutAll: () => post('/api/auth/logout-all', SignedOutSchema),
			changePassword: (body: ChangePasswordBody) =>
				post('/api/auth/password', SignedOutSchema, body),
			signUp: (body: SignUpBody) => post('/api/auth/sign-up', LoginResultSchema, body),
			claimSignUp: (body: ClaimCodeBody) =>
				post('/api/auth/sign-up/claim', ClaimLinkedSchema, body),
		},
		employers: {
			signUp: (body: EmployerSignUpBody) =>
				post('/api/employers/sign-up', EmployerSignUpResultSchema, body),
			me: () => get('/api/employers/me', EmployerSchema),
			update: (body: UpdateEmployerBody) => put('/api/employers/me', EmployerSchema, body),
			users: () => get('/api/employers/me/users', EmployerUserListSchema),
			addUser: (body: AddEmployerUserBody) =>
				post('/api/employers/me/users', AddedEmployerUserSchema, body),
			disableUser: (userId: string) =>
				post(`/api/employers/me/users/${id(userId)}/disable`, EmployerUserSchema),
			list: (query: Partial<Record<keyof EmployerListQuery, string | number>>) =>
				get('/api/employers', EmployerListSchema, query),
			get: (employerId: string) => get(`/api/employers/${id(employerId)}`, EmployerDetailSchema),
			review: (employerId: string, body: ReviewEmployerBody) =>
				post(`/api/employers/${id(employerId)}/review`, EmployerDetailSchema, body),
		},
	};
}
