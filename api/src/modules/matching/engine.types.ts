/**
 * What the matching rules read about one seeker and one posting (docs/matching.md). The service
 * builds these from the database; the rules themselves are pure functions of them, so every
 * scenario in the tests is written as plain data.
 */

export type AbilityAnswer = 0 | 1 | 2;

export type GeoPoint = { latitude: number; longitude: number };

export type MatchSeeker = {
	/** 1..7; for 多重残疾 (7) `components` names the categories it is made of. */
	category: number;
	components: readonly number[];
	level: number;
	townshipCode: string;
	/** The centre of the seeker's township: distances are between township centres. */
	home: GeoPoint;
	/** Ability item → 0 做不到, 1 有些困难, 2 没有困难; a missing item was not answered. */
	ability: Readonly<Record<string, AbilityAnswer>>;
	/** The passport's needs (accessibility vocabulary codes). */
	needs: readonly string[];
	/** Certificate kinds the seeker holds that are still valid today. */
	certificates: readonly string[];
	/**
	 * Occupation codes the seeker completed training in: read from valid certificates a course or
	 * training gives and from training certificates written in the profile (no enrolment yet).
	 */
	trainedOccupations: readonly string[];
	/** Occupation codes of the occupations table (the wishes step's picker). */
	wishedOccupations: readonly string[];
	wishedWorkModes: readonly string[];
	expectedPayMin: number | null;
	maxTravelKm: number | null;
	/** Priority statuses confirmed by staff (就业困难人员认定, 低保家庭, …). */
	priorities: readonly string[];
};

export type MatchPosting = {
	id: string;
	title: string;
	employerName: string;
	/** Published, before its closing date, and places left. */
	open: boolean;
	postType: string;
	publicWelfareKind: 'urban' | 'rural' | null;
	familyPriority: boolean;
	townshipCode: string;
	townshipName: string;
	/** The workplace, or its township's centre when the employer gave no position. */
	place: GeoPoint;
	workMode: string;
	acceptedCategories: readonly number[];
	/** Empty means every level. */
	acceptedLevels: readonly number[];
	demands: Readonly<Record<string, 'essential' | 'desirable'>>;
	/** Accommodations the posting offers and the workplace's accessibility (vocabulary codes). */
	offered: readonly string[];
	requiredCertificates: readonly string[];
	occupationCode: string | null;
	payMin: number | null;
	payMax: number | null;
	publishedAt: Date | null;
	headcount: number;
	hired: number;
	applications: number;
};

/** A stable code with its plain Chinese sentence. */
export type Reason = { code: string; text: string };

export type Verdict =
	| { eligible: false; excluded: Reason[] }
	| { eligible: true; score: number; reasons: Reason[]; gaps: Reason[] };

/**
 * How an essential or desirable demand fares for this seeker: met (answered 没有困难), closed by
 * an accommodation the posting offers (`by` names it), unmet, or unknown (not answered: it never
 * excludes).
 */
export type DemandOutcome =
	| { verdict: 'met' }
	| { verdict: 'closed'; by: readonly string[] }
	| { verdict: 'unmet' }
	| { verdict: 'unknown' };

export type DemandCheck = (
	item: string,
	answer: AbilityAnswer | undefined,
	offered: readonly string[],
) => DemandOutcome;

/** Which offered features meet a passport need. */
export type NeedCheck = (need: string, offered: readonly string[]) => boolean;

/** Weights of the scored factors; they are settings, these are the defaults. */
export type MatchWeights = {
	ability: number;
	certificates: number;
	wishes: number;
	pay: number;
	distance: number;
	needs: number;
	priority: number;
	freshness: number;
};

/** A training course not started yet, that a gap sentence can name. */
export type OpenCourse = { title: string; startDate: string };

export type MatchRules = {
	demandCheck: DemandCheck;
	needCheck: NeedCheck;
	weights: MatchWeights;
	now: Date;
	/** Who reads the reasons: the seeker (the default) or an employer about a candidate. */
	audience?: 'seeker' | 'employer';
	/**
	 * Courses open for this occupation code, soonest first (`training_courses` not started yet);
	 * gaps to the seeker name them. None when absent.
	 */
	courses?: (occupationCode: string) => readonly OpenCourse[];
	/** Labels for codes (ability items, needs, features, certificate kinds, occupations). */
	label: (
		kind: 'ability' | 'need' | 'offer' | 'certificate' | 'occupation',
		code: string,
	) => string;
};
