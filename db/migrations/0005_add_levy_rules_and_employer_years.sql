CREATE TYPE "public"."certificate_kind" AS ENUM('disability', 'military');--> statement-breakpoint
CREATE TABLE "employer_disabled_employees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"person_id" uuid,
	"display_name" text DEFAULT '' NOT NULL,
	"certificate_kind" "certificate_kind" NOT NULL,
	"level" smallint NOT NULL,
	"certificate_valid_until" date,
	"months_counted" smallint NOT NULL,
	"contract_start" date,
	"contract_end" date,
	"monthly_wage" numeric(14, 2),
	"insurance_months" smallint DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employer_levy_years" (
	"employer_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"monthly_staff" integer[],
	"average_staff" numeric(10, 2),
	"wage_bill" numeric(14, 2) NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "employer_levy_years_employer_id_year_pk" PRIMARY KEY("employer_id","year")
);
--> statement-breakpoint
CREATE TABLE "levy_rules" (
	"province_code" text NOT NULL,
	"collection_year" integer NOT NULL,
	"quota_ratio" numeric(6, 4) NOT NULL,
	"wage_cap_multiple" numeric(4, 2),
	"tier_threshold" numeric(6, 4),
	"rate_at_or_above" numeric(5, 4) DEFAULT '1' NOT NULL,
	"rate_below" numeric(5, 4) DEFAULT '1' NOT NULL,
	"small_enterprise_max_staff" integer,
	"double_disability_levels" smallint[] DEFAULT '{}' NOT NULL,
	"double_military_grades" smallint[] DEFAULT '{}' NOT NULL,
	"counted_military_grades" smallint[] DEFAULT '{}' NOT NULL,
	"average_staff_decimals" smallint DEFAULT 2 NOT NULL,
	"average_staff_rounding" text DEFAULT 'truncate' NOT NULL,
	"money_rounding" text DEFAULT 'half_up_fen_at_end' NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "levy_rules_province_code_collection_year_pk" PRIMARY KEY("province_code","collection_year")
);
--> statement-breakpoint
CREATE TABLE "local_average_wages" (
	"area_code" text NOT NULL,
	"year" integer NOT NULL,
	"average_annual_wage" numeric(14, 2) NOT NULL,
	"minimum_monthly_wage" numeric(14, 2),
	"source" text DEFAULT '' NOT NULL,
	"entered_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "local_average_wages_area_code_year_pk" PRIMARY KEY("area_code","year")
);
--> statement-breakpoint
ALTER TABLE "employer_disabled_employees" ADD CONSTRAINT "employer_disabled_employees_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_disabled_employees" ADD CONSTRAINT "employer_disabled_employees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_levy_years" ADD CONSTRAINT "employer_levy_years_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_disabled_employees_employer_id_year_idx" ON "employer_disabled_employees" USING btree ("employer_id","year");--> statement-breakpoint
CREATE INDEX "employer_disabled_employees_person_id_year_idx" ON "employer_disabled_employees" USING btree ("person_id","year");