CREATE TABLE "person_certificates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number_enc" text,
	"number_masked" text DEFAULT '' NOT NULL,
	"issued_on" date,
	"valid_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "category_components" smallint[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "postings" ADD COLUMN "required_certificates_note" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "person_certificates" ADD CONSTRAINT "person_certificates_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_certificates_person_id_idx" ON "person_certificates" USING btree ("person_id");
--> statement-breakpoint
-- Data migration (written by hand, appended to the generated statements): required certificates
-- were names; they become certificate kinds (contracts/src/certificates.ts,
-- LEGACY_CERTIFICATE_CODES). Names no kind matches are kept in required_certificates_note.
CREATE TEMPORARY TABLE "legacy_certificate_codes" ("word" text PRIMARY KEY, "code" text NOT NULL);
--> statement-breakpoint
INSERT INTO "legacy_certificate_codes" ("word", "code") VALUES
	('盲人医疗按摩人员从事医疗按摩资格证书', 'blind_medical_massage'),
	('保健按摩师职业资格（技能等级）证书', 'health_massage_junior'),
	('健康证', 'health_certificate'),
	('家政服务员证书', 'domestic_service'),
	('家政服务员', 'domestic_service'),
	('机动车驾驶证', 'driving_licence');
--> statement-breakpoint
UPDATE "postings" p SET
	"required_certificates_note" = coalesce((
		SELECT string_agg(a.w, '、' ORDER BY a.n) FROM unnest(p."required_certificates") WITH ORDINALITY AS a(w, n)
		WHERE a.w NOT IN (SELECT "word" FROM "legacy_certificate_codes") AND a.w NOT IN ('blind_medical_massage', 'health_massage_junior', 'health_massage_intermediate', 'health_massage_senior', 'health_certificate', 'domestic_service', 'driving_licence', 'ecommerce_service', 'computer_basics', 'handicraft', 'agriculture')
	), ''),
	"required_certificates" = coalesce(ARRAY(
		SELECT DISTINCT coalesce(m."code", a.w) FROM unnest(p."required_certificates") AS a(w)
		LEFT JOIN "legacy_certificate_codes" m ON m."word" = a.w
		WHERE m."code" IS NOT NULL OR a.w IN ('blind_medical_massage', 'health_massage_junior', 'health_massage_intermediate', 'health_massage_senior', 'health_certificate', 'domestic_service', 'driving_licence', 'ecommerce_service', 'computer_basics', 'handicraft', 'agriculture')
	), '{}')
WHERE cardinality(p."required_certificates") > 0;
--> statement-breakpoint
DROP TABLE "legacy_certificate_codes";
