CREATE TABLE "match_changes" (
	"xid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL,
	"kind" text NOT NULL,
	"ref" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "match_changes_xid_idx" ON "match_changes" USING btree ("xid");--> statement-breakpoint
CREATE INDEX "match_changes_at_idx" ON "match_changes" USING btree ("at");--> statement-breakpoint
-- Hand-written: the triggers that fill match_changes (docs/matching.md, "Speed"). One row per
-- changed row's posting, employer or person per statement, from the statement's transition table.
CREATE FUNCTION "match_changes_note"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	source text := CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END;
	ref text := CASE WHEN TG_ARGV[1] = '' THEN 'NULL::text' ELSE format('(%I)::text', TG_ARGV[1]) END;
BEGIN
	EXECUTE format('INSERT INTO match_changes (kind, ref) SELECT DISTINCT %L, %s FROM %I', TG_ARGV[0], ref, source);
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER "postings_match_changes_insert" AFTER INSERT ON "postings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('posting', 'id');
--> statement-breakpoint
CREATE TRIGGER "postings_match_changes_update" AFTER UPDATE ON "postings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('posting', 'id');
--> statement-breakpoint
CREATE TRIGGER "postings_match_changes_delete" AFTER DELETE ON "postings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('posting', 'id');
--> statement-breakpoint
CREATE TRIGGER "employers_match_changes_insert" AFTER INSERT ON "employers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('employer', 'id');
--> statement-breakpoint
CREATE TRIGGER "employers_match_changes_update" AFTER UPDATE ON "employers" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('employer', 'id');
--> statement-breakpoint
CREATE TRIGGER "employers_match_changes_delete" AFTER DELETE ON "employers" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('employer', 'id');
--> statement-breakpoint
CREATE TRIGGER "applications_match_changes_insert" AFTER INSERT ON "applications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('applications', 'posting_id');
--> statement-breakpoint
CREATE TRIGGER "applications_match_changes_update" AFTER UPDATE ON "applications" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('applications', 'posting_id');
--> statement-breakpoint
CREATE TRIGGER "applications_match_changes_delete" AFTER DELETE ON "applications" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('applications', 'posting_id');
--> statement-breakpoint
CREATE TRIGGER "people_match_changes_insert" AFTER INSERT ON "people" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'id');
--> statement-breakpoint
CREATE TRIGGER "people_match_changes_update" AFTER UPDATE ON "people" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'id');
--> statement-breakpoint
CREATE TRIGGER "people_match_changes_delete" AFTER DELETE ON "people" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'id');
--> statement-breakpoint
CREATE TRIGGER "consents_match_changes_insert" AFTER INSERT ON "consents" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "consents_match_changes_update" AFTER UPDATE ON "consents" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "consents_match_changes_delete" AFTER DELETE ON "consents" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "person_certificates_match_changes_insert" AFTER INSERT ON "person_certificates" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "person_certificates_match_changes_update" AFTER UPDATE ON "person_certificates" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "person_certificates_match_changes_delete" AFTER DELETE ON "person_certificates" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "person_priority_statuses_match_changes_insert" AFTER INSERT ON "person_priority_statuses" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "person_priority_statuses_match_changes_update" AFTER UPDATE ON "person_priority_statuses" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "person_priority_statuses_match_changes_delete" AFTER DELETE ON "person_priority_statuses" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('person', 'person_id');
--> statement-breakpoint
CREATE TRIGGER "occupations_match_changes_insert" AFTER INSERT ON "occupations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('all', '');
--> statement-breakpoint
CREATE TRIGGER "occupations_match_changes_update" AFTER UPDATE ON "occupations" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('all', '');
--> statement-breakpoint
CREATE TRIGGER "occupations_match_changes_delete" AFTER DELETE ON "occupations" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('all', '');
--> statement-breakpoint
CREATE TRIGGER "townships_match_changes_insert" AFTER INSERT ON "townships" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('all', '');
--> statement-breakpoint
CREATE TRIGGER "townships_match_changes_update" AFTER UPDATE ON "townships" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('all', '');
--> statement-breakpoint
CREATE TRIGGER "townships_match_changes_delete" AFTER DELETE ON "townships" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "match_changes_note"('all', '');
