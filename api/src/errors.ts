/** Domain errors; the problem-details plugin maps them to RFC 9457 responses. */
export abstract class AppError extends Error {
	abstract readonly status: number;
	abstract readonly code: string;
	abstract readonly title: string;
	constructor(readonly detail?: string) {
		super(detail);
	}
}

const ENTITY_NAMES: Record<string, string> = {
	posting: '岗位',
	fair: '招聘会',
	employer: '用人单位',
	person: '求职者',
	township: '乡镇',
	user: '账户',
	savedSearch: '保存的搜索',
	notification: '提醒',
};

export class NotFoundError extends AppError {
	readonly status = 404;
	readonly code = 'not_found';
	readonly title = '没有找到';
	constructor(entity: string, id?: string) {
		super(
			`没有找到这个${ENTITY_NAMES[entity] ?? '记录'}${id ? `（编号 ${id}）` : ''}，它可能已被删除或下架。`,
		);
	}
}

export class ForbiddenError extends AppError {
	readonly status = 403;
	readonly code = 'forbidden';
	readonly title = '没有权限';
	constructor(detail = '您没有权限进行这个操作。') {
		super(detail);
	}
}

export class UnauthenticatedError extends AppError {
	readonly status = 401;
	readonly code = 'unauthenticated';
	readonly title = '需要登录';
	constructor(detail = '请先登录。') {
		super(detail);
	}
}

export class ConflictError extends AppError {
	readonly status = 409;
	readonly title = '与现有记录冲突';
	constructor(
		readonly code: string,
		detail: string,
	) {
		super(detail);
	}
}

export class RuleViolationError extends AppError {
	readonly status = 422;
	readonly title = '不符合业务规则';
	constructor(
		readonly code: string,
		detail: string,
	) {
		super(detail);
	}
}

export class AccountLockedError extends AppError {
	readonly status = 423;
	readonly code = 'account_locked';
	readonly title = '账户暂时锁定';
}

export class TooManyRequestsError extends AppError {
	readonly status = 429;
	readonly code = 'too_many_requests';
	readonly title = '尝试次数太多';
}

export class InvalidCredentialsError extends AppError {
	readonly status = 401;
	readonly code = 'invalid_credentials';
	readonly title = '手机号或密码不对';
}
