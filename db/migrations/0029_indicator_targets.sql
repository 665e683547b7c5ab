CREATE TABLE "indicator_targets" (
	"year" smallint NOT NULL,
	"code" text NOT NULL,
	"target" numeric(12, 4),
	"manual_actual" numeric(12, 4),
	"note" text DEFAULT '' NOT NULL,
	"updated_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_targets_year_code_pk" PRIMARY KEY("year","code")
);
--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;