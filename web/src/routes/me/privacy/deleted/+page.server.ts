import { KEPT_AFTER_DELETION_TEXT } from '@ronghe/contracts';
import type { PageServerLoad } from './$types';

// Open to anyone: the person has no account any more when they arrive here.
export const load = (() => ({ kept: KEPT_AFTER_DELETION_TEXT })) satisfies PageServerLoad;
