-- Use cases' editorial paragraphs stored apart from the body (issue 13): "What it typically involves" / 通常涉及 is
-- ours, not the article's, so the page shows it under "Editor's context" with the Editorial mark.
ALTER TABLE "UseCase" ADD COLUMN "editorialZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "UseCase" ADD COLUMN "editorialEn" TEXT NOT NULL DEFAULT '';

-- Search keeps finding those words: atlas_search."UseCaseText".doc now holds eight texts — titleZh, titleEn,
-- summaryZh, summaryEn, bodyZh, bodyEn, editorialZh, editorialEn — lower-cased and joined by U+001F (see
-- 20261129040000_pg_search; lib/catalog/explore/postgres-backend.ts reads the layout). The trigger follows the new
-- columns; the old six-argument function goes once nothing calls it; every row is rebuilt below.
CREATE FUNCTION "atlas_search"."use_case_doc"(tzh TEXT, ten TEXT, szh TEXT, sen TEXT, bzh TEXT, ben TEXT, ezh TEXT, een TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lower(concat_ws(chr(31), tzh, ten, szh, sen, bzh, ben, ezh, een)) $$;

CREATE OR REPLACE FUNCTION "atlas_search"."use_case_text_sync"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "atlas_search"."UseCaseText" WHERE "useCaseId" = OLD."id";
        RETURN OLD;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD."id" <> NEW."id" THEN
        DELETE FROM "atlas_search"."UseCaseText" WHERE "useCaseId" = OLD."id";
    END IF;
    INSERT INTO "atlas_search"."UseCaseText" ("useCaseId", "doc")
    VALUES (NEW."id", "atlas_search"."use_case_doc"(NEW."titleZh", NEW."titleEn", NEW."summaryZh", NEW."summaryEn", NEW."bodyZh", NEW."bodyEn", NEW."editorialZh", NEW."editorialEn"))
    ON CONFLICT ("useCaseId") DO UPDATE SET "doc" = EXCLUDED."doc";
    RETURN NEW;
END
$$;

DROP TRIGGER "UseCaseText_sync" ON "UseCase";
CREATE TRIGGER "UseCaseText_sync"
AFTER INSERT OR DELETE OR UPDATE OF "id", "titleZh", "titleEn", "summaryZh", "summaryEn", "bodyZh", "bodyEn", "editorialZh", "editorialEn" ON "UseCase"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."use_case_text_sync"();

DROP FUNCTION "atlas_search"."use_case_doc"(TEXT, TEXT, TEXT, TEXT, TEXT, TEXT);

-- Catalogs seeded before this migration: the paragraph that opens with "**What it typically involves" / "**通常涉及"
-- and everything after it move from the body to the editorial field; the body keeps what precedes the blank line
-- before it. The right-hand sides read the row as it was, so both are cut at the same place. Rows whose editorial
-- text is already set, or whose body has no such paragraph, are left alone.
UPDATE "UseCase"
   SET "editorialEn" = substr("bodyEn", strpos("bodyEn", chr(10) || chr(10) || '**What it typically involves') + 2),
       "bodyEn" = substr("bodyEn", 1, strpos("bodyEn", chr(10) || chr(10) || '**What it typically involves') - 1)
 WHERE strpos("bodyEn", chr(10) || chr(10) || '**What it typically involves') > 0 AND "editorialEn" = '';
UPDATE "UseCase"
   SET "editorialZh" = substr("bodyZh", strpos("bodyZh", chr(10) || chr(10) || '**通常涉及') + 2),
       "bodyZh" = substr("bodyZh", 1, strpos("bodyZh", chr(10) || chr(10) || '**通常涉及') - 1)
 WHERE strpos("bodyZh", chr(10) || chr(10) || '**通常涉及') > 0 AND "editorialZh" = '';

-- Rebuild every row's document in the new layout.
INSERT INTO "atlas_search"."UseCaseText" ("useCaseId", "doc")
SELECT "id", "atlas_search"."use_case_doc"("titleZh", "titleEn", "summaryZh", "summaryEn", "bodyZh", "bodyEn", "editorialZh", "editorialEn") FROM "UseCase"
ON CONFLICT ("useCaseId") DO UPDATE SET "doc" = EXCLUDED."doc";
