import {
	DISABILITY_CONSENT_VERSION,
	validateCertificate,
	validateIdNumber,
	type LoginResult,
	type SignUpBody,
} from '@ronghe/contracts';
import { maskIdentifier, type Db, type FieldCipher } from '@ronghe/db';
import type { User } from '@ronghe/db/schema';
import { ConflictError, RuleViolationError } from '../../errors.js';
import { writeAudit, type AuditMeta } from '../audit/audit.writer.js';
import { toCurrentUser, type AuthService } from '../auth/auth.service.js';
import { hashPassword } from '../auth/password.js';
import type { ClaimsService } from './claims.service.js';
import type { ProfileRepository } from './profile.repository.js';

type Deps = {
	db: Db;
	profileRepo: ProfileRepository;
	cipher: FieldCipher;
	auth: Pick<AuthService, 'openSession' | 'retriedSignUp'>;
	claims: Pick<ClaimsService, 'open' | 'deliver'>;
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
 * A seeker opens an account. The answer is the same whether or not the ID number is in the
 * registry (status, body, wording, and one password hash either way): a person not registered
 * gets a record at once; for a registered one the account waits for proof (claims.service.ts),
 * and nothing the record holds (profile, consents, display defaults) is reachable until then.
 */
export function createSignUpService({ db, profileRepo, cipher, auth, claims, now }: Deps) {
	async function session(user: User, meta: Meta, tx: Db = db): Promise<LoginResult> {
		const opened = await auth.openSession(tx, user.id, meta.userAgent);
		// no display defaults: a claimed record's would tell that the person is registered
		const current = toCurrentUser({ ...user, mustChangePassword: false });
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

			// The phone answer comes first and never depends on the ID number. A retried submission
			// (same phone and password) signs in again, through the same attempt count as login.
			const sameUser = await profileRepo.findUserByPhone(db, body.phone);
			if (sameUser) {
				const again = await auth.retriedSignUp(sameUser, body.password, meta);
				if (again) return { ...again, user: { ...again.user, uiDefaults: null } };
				throw phoneTaken();
			}
			const existing = await profileRepo.findByIdHash(db, idNumberHash);
			const passwordHash = await hashPassword(body.password);
			const { result, code } = await db.transaction(async (tx) => {
				const user = await profileRepo.insertUser(tx, {
					phone: body.phone,
					displayName: fullName,
					role: 'seeker',
					passwordHash,
				});
				if (!user) throw phoneTaken();
				if (existing) {
					const matches =
						existing.fullName === fullName &&
						!!existing.certificateNumberEnc &&
						cipher.decrypt(existing.certificateNumberEnc) === cert.normalized;
					const code = await claims.open(tx, user.id, existing, matches, meta.requestId);
					return { result: await session(user, meta, tx), code };
				}
				const person = await profileRepo.insertPerson(tx, {
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
				// registered a moment ago by someone else: one retry of the same request answers alike
				if (!person)
					throw new ConflictError(
						'person_exists',
						`这个身份证号码刚刚已经登记过了。${CONTACT_STAFF}`,
					);
				await profileRepo.linkUser(tx, user.id, person.id);
				await profileRepo.insertConsent(tx, {
					personId: person.id,
					kind: 'disability_data',
					textVersion: DISABILITY_CONSENT_VERSION,
					grantedAt: now(),
				});
				await writeAudit(tx, {
					actorUserId: user.id,
					action: 'person.sign_up',
					entity: 'person',
					entityId: person.id,
					detail: { consent: 'disability_data', userId: user.id },
					...meta,
				});
				return { result: await session(user, meta, tx), code: undefined };
			});
			await claims.deliver(code);
			return result;
		},
	};
}
