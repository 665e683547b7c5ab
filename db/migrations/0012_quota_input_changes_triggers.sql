-- Issue 11 item 11: the quota overview keeps computed figures; these triggers append, in the
-- writer's own transaction, which employer's inputs changed (or null: everyone's), so the
-- overview can never serve figures older than the last committed change. The argument names
-- the column holding the employer's id.
CREATE FUNCTION quota_input_changed_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP <> 'INSERT' THEN
		INSERT INTO quota_input_changes (employer_id) VALUES ((to_jsonb(OLD) ->> TG_ARGV[0])::uuid);
	END IF;
	IF TG_OP <> 'DELETE' THEN
		INSERT INTO quota_input_changes (employer_id) VALUES ((to_jsonb(NEW) ->> TG_ARGV[0])::uuid);
	END IF;
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION quota_input_changed_all() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO quota_input_changes (employer_id) VALUES (NULL);
	RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER quota_input_employer_levy_years AFTER INSERT OR UPDATE OR DELETE ON employer_levy_years
	FOR EACH ROW EXECUTE FUNCTION quota_input_changed_row('employer_id');
--> statement-breakpoint
CREATE TRIGGER quota_input_employer_disabled_employees AFTER INSERT OR UPDATE OR DELETE ON employer_disabled_employees
	FOR EACH ROW EXECUTE FUNCTION quota_input_changed_row('employer_id');
--> statement-breakpoint
CREATE TRIGGER quota_input_annual_reviews AFTER INSERT OR UPDATE OR DELETE ON annual_reviews
	FOR EACH ROW EXECUTE FUNCTION quota_input_changed_row('employer_id');
--> statement-breakpoint
CREATE TRIGGER quota_input_employers AFTER INSERT OR UPDATE OR DELETE ON employers
	FOR EACH ROW EXECUTE FUNCTION quota_input_changed_row('id');
--> statement-breakpoint
CREATE TRIGGER quota_input_levy_rules AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON levy_rules
	FOR EACH STATEMENT EXECUTE FUNCTION quota_input_changed_all();
--> statement-breakpoint
CREATE TRIGGER quota_input_local_average_wages AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON local_average_wages
	FOR EACH STATEMENT EXECUTE FUNCTION quota_input_changed_all();
--> statement-breakpoint
CREATE TRIGGER quota_input_townships AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON townships
	FOR EACH STATEMENT EXECUTE FUNCTION quota_input_changed_all();
--> statement-breakpoint
CREATE TRIGGER quota_input_settings AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON settings
	FOR EACH STATEMENT EXECUTE FUNCTION quota_input_changed_all();
