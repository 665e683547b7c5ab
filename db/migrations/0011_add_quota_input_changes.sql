CREATE TABLE "quota_input_changes" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"employer_id" uuid,
	"xid" bigint DEFAULT (pg_current_xact_id()::text)::bigint NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "quota_input_changes_xid_idx" ON "quota_input_changes" USING btree ("xid");