ALTER TABLE "people" ADD COLUMN "desired_occupations_note" text DEFAULT '' NOT NULL;
--> statement-breakpoint
-- Data migration (written by hand, appended to the generated statement): occupation wishes were
-- free words (names, aliases or codes); they become codes of the occupations table. A word is
-- matched against the names and aliases of db/src/reference/occupations.ts (this table, checked by
-- tests/static/accessibility-migration.test.ts) and of the rows staff added; a word that matches
-- nothing is kept in desired_occupations_note (其他想法).
CREATE TEMPORARY TABLE "occupation_words" ("word" text NOT NULL, "code" text NOT NULL, PRIMARY KEY ("word", "code"));
--> statement-breakpoint
INSERT INTO "occupation_words" ("word", "code") VALUES
	('保健按摩师', '4-10-04-02'),
	('按摩', '4-10-04-02'),
	('推拿', '4-10-04-02'),
	('足疗', '4-10-04-02'),
	('盲人按摩', '4-10-04-02'),
	('呼叫中心服务员', '4-04-05-03'),
	('客服', '4-04-05-03'),
	('电话客服', '4-04-05-03'),
	('外呼', '4-04-05-03'),
	('话务员', '4-04-05-03'),
	('电话销售', '4-04-05-03'),
	('人工智能训练师', '4-04-05-05'),
	('数据标注', '4-04-05-05'),
	('数据标注员', '4-04-05-05'),
	('互联网营销师', '4-01-02-07'),
	('直播', '4-01-02-07'),
	('直播带货', '4-01-02-07'),
	('主播', '4-01-02-07'),
	('家政服务员', '4-10-01-06'),
	('家政', '4-10-01-06'),
	('保姆', '4-10-01-06'),
	('育婴', '4-10-01-06'),
	('育婴员', '4-10-01-06'),
	('农业技术员', '5-05-01-00'),
	('农技', '5-05-01-00'),
	('电子商务师', '4-01-02-02'),
	('电商', '4-01-02-02'),
	('网店运营', '4-01-02-02'),
	('电商客服', '4-01-02-02'),
	('电商美工', '4-01-02-02'),
	('仓储管理员', '4-02-06-01'),
	('仓库管理员', '4-02-06-01'),
	('库管', '4-02-06-01'),
	('仓管', '4-02-06-01'),
	('保洁员', 'X-BJY'),
	('保洁', 'X-BJY'),
	('清洁工', 'X-BJY'),
	('打扫卫生', 'X-BJY'),
	('手工编织工', 'X-SGBZ'),
	('编织', 'X-SGBZ'),
	('手工', 'X-SGBZ'),
	('草编', 'X-SGBZ'),
	('布艺', 'X-SGBZ'),
	('农艺工', 'X-NYG'),
	('种植', 'X-NYG'),
	('大棚', 'X-NYG'),
	('蔬菜种植', 'X-NYG'),
	('家畜饲养员', 'X-JCSY'),
	('养殖', 'X-JCSY'),
	('养羊', 'X-JCSY'),
	('养牛', 'X-JCSY'),
	('收银员', 'X-SYY'),
	('收银', 'X-SYY'),
	('包装工', 'X-BZG'),
	('包装', 'X-BZG'),
	('分拣', 'X-BZG'),
	('数据录入员', 'X-SJLR'),
	('录入', 'X-SJLR'),
	('数据录入', 'X-SJLR'),
	('打字员', 'X-SJLR'),
	('文员', 'X-SJLR'),
	('中式面点师', 'X-MDS'),
	('面点', 'X-MDS'),
	('面点师', 'X-MDS'),
	('面食', 'X-MDS'),
	('保安员', 'X-BA'),
	('保安', 'X-BA'),
	('门卫', 'X-BA'),
	('公益性岗位（保洁、护路、护林等）', 'X-GYXG'),
	('公益岗', 'X-GYXG'),
	('护林员', 'X-GYXG'),
	('护路员', 'X-GYXG'),
	('乡村保洁', 'X-GYXG'),
	('盲人医疗按摩人员', 'X-YLMA'),
	('医疗按摩', 'X-YLMA'),
	('盲人医疗按摩', 'X-YLMA'),
	('盲人按摩', 'X-YLMA'),
	('辅助性就业（手工、简单加工）', 'X-FZXJY'),
	('辅助性就业', 'X-FZXJY'),
	('辅助性就业（手工）', 'X-FZXJY'),
	('庇护工场', 'X-FZXJY');
--> statement-breakpoint
INSERT INTO "occupation_words" ("word", "code")
	SELECT o."code", o."code" FROM "occupations" o
	UNION SELECT o."name", o."code" FROM "occupations" o
	UNION SELECT a.w, o."code" FROM "occupations" o, unnest(o."aliases") AS a(w)
ON CONFLICT DO NOTHING;
--> statement-breakpoint
UPDATE "people" p SET
	"desired_occupations_note" = coalesce((
		SELECT string_agg(a.w, '、' ORDER BY a.n) FROM unnest(p."desired_occupations") WITH ORDINALITY AS a(w, n)
		WHERE NOT EXISTS (SELECT 1 FROM "occupation_words" m WHERE m."word" = btrim(a.w))
	), ''),
	"desired_occupations" = coalesce(ARRAY(
		SELECT m."code" FROM unnest(p."desired_occupations") WITH ORDINALITY AS a(w, n)
		JOIN "occupation_words" m ON m."word" = btrim(a.w)
		GROUP BY m."code" ORDER BY min(a.n), m."code"
	), '{}')
WHERE cardinality(p."desired_occupations") > 0;
--> statement-breakpoint
DROP TABLE "occupation_words";
