CREATE TABLE "public_welfare_placements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"family_member_id" uuid,
	"posting_id" uuid,
	"post_title" text NOT NULL,
	"employer_id" uuid,
	"employer_name" text NOT NULL,
	"kind" "public_welfare_kind" NOT NULL,
	"township_code" text NOT NULL,
	"funding_source" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"to_retirement" boolean DEFAULT false NOT NULL,
	"placement_number" integer NOT NULL,
	"ended_on" date,
	"end_reason" text DEFAULT '' NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "public_welfare_subsidies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"placement_id" uuid NOT NULL,
	"month" date NOT NULL,
	"post_subsidy" integer DEFAULT 0 NOT NULL,
	"insurance_subsidy" integer DEFAULT 0 NOT NULL,
	"recorded_by_user_id" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "public_welfare_placements" ADD CONSTRAINT "public_welfare_placements_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_placements" ADD CONSTRAINT "public_welfare_placements_family_member_id_person_family_members_id_fk" FOREIGN KEY ("family_member_id") REFERENCES "public"."person_family_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_placements" ADD CONSTRAINT "public_welfare_placements_posting_id_postings_id_fk" FOREIGN KEY ("posting_id") REFERENCES "public"."postings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_placements" ADD CONSTRAINT "public_welfare_placements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_placements" ADD CONSTRAINT "public_welfare_placements_township_code_townships_code_fk" FOREIGN KEY ("township_code") REFERENCES "public"."townships"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_placements" ADD CONSTRAINT "public_welfare_placements_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_subsidies" ADD CONSTRAINT "public_welfare_subsidies_placement_id_public_welfare_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "public"."public_welfare_placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "public_welfare_subsidies" ADD CONSTRAINT "public_welfare_subsidies_recorded_by_user_id_users_id_fk" FOREIGN KEY ("recorded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "public_welfare_placements_person_id_idx" ON "public_welfare_placements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "public_welfare_placements_end_date_idx" ON "public_welfare_placements" USING btree ("end_date");--> statement-breakpoint
CREATE UNIQUE INDEX "public_welfare_subsidies_month_idx" ON "public_welfare_subsidies" USING btree ("placement_id","month");