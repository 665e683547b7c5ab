import {
	DISABILITY_CONSENT_VERSION,
	validateCertificate,
	validateIdNumber,
	type LoginResult,
	type SignUpBody,
} from '@ronghe/contracts';
import { maskIdentifier, type Db, type FieldCipher } from '@ronghe/db';
import type { Passport, User } from '@ronghe/db/schema';
import { ConflictError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import { toCurrentUser, type AuthService } from '../auth/auth.service.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import type { ProfileRepository } from './profile.repository.js';

type Deps = {
	db: Db;
	profileRepo: ProfileRepository;
	cipher: FieldCipher;
	auth: Pick<AuthService, 'openSession'>;
	now: () => Date;
};
export type SignUpService = ReturnType<typeof createSignUpService>;
type Meta = AuditMeta;

const CONTACT_STAFF = '请联系您所在乡镇的残联专职委员或县残联（五台县残疾人联合会）帮您核对。';
const phoneTaken = () =>
	new ConflictError('phone_taken', '这个手机号已经注册过账号了。', [
		{ pointer: '#/phone', detail: '这个手机号已经注册过账号了。请直接登录，或换一个手机号。' },
	]);

/**
 * A seeker opens an account. A person already in the registry (代办 or import) without an
 * account is linked when the certificate number and name match ('person.claim').
 */
export function createSignUpService({ db, profileRepo, cipher, auth, now }: Deps) {
	async function session(
		user: User,
		passport: Passport | null | undefined,
		meta: Meta,
		tx: Db = db,
	): Promise<LoginResult> {
		const opened = await auth.openSession(tx, user.id, meta.userAgent);
		const uiDefaults = passport
			? { largeText: passport.largeText, highContrast: passport.highContrast }
			: null;
		const current = toCurrentUser({ ...user, mustChangePassword: false }, uiDefaults);
		return { ...opened, user: current };
	}

	return {
		async signUp(body: SignUpBody, meta: Meta): Promise<LoginResult> {
			// the body schema has checked both numbers, so they are valid and `parsed` is present
			const id = validateIdNumber(body.idNumber);
			const cert = validateCertificate(body.certificateNumber);
			if (!id.parsed || !cert.parsed)
				throw new RuleViolationError('invalid_identifier', '号码没有通过检查。');
			const idNumberHash = cipher.hash(id.normalized);
			const fullName = body.fullName.trim();
			const existing = await profileRepo.findByIdHash(db, idNumberHash);

			const sameUser = await profileRepo.findUserByPhone(db, body.phone);
			if (sameUser) {
				// a retried submission after success: the same person, phone and password sign in
				if (
					existing &&
					sameUser.personId === existing.id &&
					(await verifyPassword(sameUser.passwordHash, body.password))
				)
					return session(sameUser, existing.passport, meta);
				throw phoneTaken();
			}
			if (existing) {
				if (await profileRepo.accountOf(db, existing.id)) {
					throw new ConflictError(
						'account_exists',
						`这个身份证号码（${existing.idNumberMasked}）已经开通了账号。忘记手机号或密码，${CONTACT_STAFF}`,
					);
				}
				const certMatches =
					!!existing.certificateNumberEnc &&
					cipher.decrypt(existing.certificateNumberEnc) === cert.normalized;
				if (!certMatches || existing.fullName !== fullName) {
					throw new ConflictError(
						'registry_mismatch',
						`这个身份证号码已经由工作人员登记过，但您填的姓名或残疾人证号和登记的不一致。${CONTACT_STAFF}`,
					);
				}
			}

			const passwordHash = await hashPassword(body.password);
			return db.transaction(async (tx) => {
				let personId = existing?.id;
				if (!personId) {
					const inserted = await profileRepo.insertPerson(tx, {
						fullName,
						sex: id.parsed!.sex,
						birthDate: id.parsed!.birthDate,
						idNumberEnc: cipher.encrypt(id.normalized),
						idNumberHash,
						idNumberMasked: maskIdentifier(id.normalized),
						certificateNumberEnc: cipher.encrypt(cert.normalized),
						category: cert.parsed!.category,
						level: cert.parsed!.level,
						townshipCode: body.townshipCode,
						phone: body.phone,
						householdType: body.householdType,
						source: 'self',
					});
					if (!inserted)
						throw new ConflictError(
							'person_exists',
							`这个身份证号码刚刚已经登记过了。${CONTACT_STAFF}`,
						);
					personId = inserted.id;
				} else if (!existing?.phone) {
					await profileRepo.update(tx, personId, { phone: body.phone });
				}
				const user = await profileRepo.insertUser(tx, {
					phone: body.phone,
					displayName: fullName,
					role: 'seeker',
					personId,
					passwordHash,
				});
				if (!user) throw phoneTaken();
				const consents = await profileRepo.latestConsents(tx, personId);
				const consent = consents.get('disability_data');
				if (!consent || consent.withdrawnAt) {
					await profileRepo.insertConsent(tx, {
						personId,
						kind: 'disability_data',
						textVersion: DISABILITY_CONSENT_VERSION,
						grantedAt: now(),
					});
				}
				await writeAudit(tx, {
					actorUserId: user.id,
					action: existing ? 'person.claim' : 'person.sign_up',
					entity: 'person',
					entityId: personId,
					detail: { consent: 'disability_data', userId: user.id },
					...meta,
				});
				return session(user, existing?.passport, meta, tx);
			});
		},
	};
}
