/** Domain errors; the problem-details plugin maps them to RFC 9457 responses. */
export abstract class AppError extends Error {
	abstract readonly status: number;
	abstract readonly code: string;
	abstract readonly title: string;
	/** Messages for single fields, shown next to them (RFC 9457 `errors`, JSON pointers). */
	readonly errors?: { pointer: string; detail: string }[];
	/** Extension members of the problem (RFC 9457 §3.2), e.g. the id of the existing record. */
	readonly extensions?: Record<string, unknown>;
	constructor(readonly detail?: string) {
		super(detail);
	}
}

const ENTITY_NAMES: Record<string, string> = {
	posting: '岗位',
	fair: '招聘会',
	booth: '展位',
	slot: '面试时段',
	booking: '面试预约',
	follow_up: '回访',
	queue: '排队',
	employer: '用人单位',
	person: '求职者',
	township: '乡镇',
	user: '账户',
	import: '导入记录',
	occupation: '职业',
	savedSearch: '保存的搜索',
	notification: '提醒',
	application: '投递',
	invitation: '邀请',
	proposal: '名单建议',
	priorityStatus: '优先对象身份',
	familyMember: '家庭成员',
	certificate: '证书',
	course: '培训课程',
	enrolment: '培训报名',
	trainingNeed: '培训需求',
	placement: '公益性岗位安置',
	practitioner: '盲人按摩人员',
	clinic: '盲人按摩所',
	product: '产品或服务',
	support: '创业扶持记录',
	referral: '转介',
	graduate: '残疾人大学生记录',
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
		override readonly errors?: { pointer: string; detail: string }[],
		override readonly extensions?: Record<string, unknown>,
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
	readonly title = '手机号或密码不对';
	constructor(
		detail: string,
		readonly code = 'invalid_credentials',
	) {
		super(detail);
	}
}

/** A signed-in account that must change its password first (after a staff reset). */
export class PasswordChangeRequiredError extends AppError {
	readonly status = 403;
	readonly code = 'password_change_required';
	readonly title = '请先修改密码';
}

/** A request that is well-formed HTTP but not what the route takes, such as a file of the wrong kind. */
export class BadRequestError extends AppError {
	readonly status = 400;
	readonly title = '请求有误';
	constructor(
		readonly code: string,
		detail: string,
	) {
		super(detail);
	}
}

/** The method is not allowed for this request (an unmasked export asked for by GET). */
export class MethodNotAllowedError extends AppError {
	readonly status = 405;
	readonly code = 'method_not_allowed';
	readonly title = '请求方式不对';
}

export class PayloadTooLargeError extends AppError {
	readonly status = 413;
	readonly code = 'payload_too_large';
	readonly title = '提交的内容太大';
}

/** A well-formed request whose fields break a rule the schema cannot see; answers 400 per field. */
export class FieldsInvalidError extends AppError {
	readonly status = 400;
	readonly code = 'validation_failed';
	readonly title = '提交的内容有误';
	constructor(override readonly errors: { pointer: string; detail: string }[]) {
		super(`有 ${errors.length} 处需要修改，请按提示修改。`);
	}
}
