-- Explorer search index (PostgreSQL): pg_trgm over the use cases' searched text. Raw SQL that Prisma's schema does not
-- describe, kept where Prisma never looks: the separate schema "atlas_search" (Prisma introspects and diffs only the
-- datasource's schema, "public", and ignores triggers, functions and, without the postgresqlExtensions preview
-- feature, extensions). So `prisma migrate diff --from-migrations … --to-schema-datamodel …` and `migrate dev` see no
-- drift and never generate DROP statements for these objects (unlike SQLite, where they share the one schema).
-- lib/catalog/explore/search-schema.test.ts fails if a later migration drops them anyway.
--
-- What lives here, maintained by a trigger on "UseCase" so that every writer (seed, admin, scripts) keeps it current:
--   atlas_search."UseCaseText"   one row per use case: its six searched texts (title, summary, body in zh and en),
--                                lower-cased, joined by U+001F (no search term contains a control character, so no
--                                match spans two texts), with a GIN trigram index. A search term (or each word of a
--                                word term) becomes `doc LIKE '%term%'`, which the index answers for terms of three
--                                or more characters, and lib/catalog/explore/postgres-backend.ts then applies the exact
--                                definition of a match (lib/search/terms.ts) to the candidates.
-- pg_trgm is a trusted extension (PostgreSQL 13+): the database owner may create it without superuser rights.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE SCHEMA IF NOT EXISTS "atlas_search";

CREATE TABLE "atlas_search"."UseCaseText" (
    "useCaseId" INTEGER NOT NULL PRIMARY KEY,
    "doc" TEXT NOT NULL
);

CREATE INDEX "UseCaseText_doc_trgm" ON "atlas_search"."UseCaseText" USING gin ("doc" gin_trgm_ops);

CREATE FUNCTION "atlas_search"."use_case_doc"(tzh TEXT, ten TEXT, szh TEXT, sen TEXT, bzh TEXT, ben TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT lower(concat_ws(chr(31), tzh, ten, szh, sen, bzh, ben)) $$;

CREATE FUNCTION "atlas_search"."use_case_text_sync"() RETURNS trigger
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
    VALUES (NEW."id", "atlas_search"."use_case_doc"(NEW."titleZh", NEW."titleEn", NEW."summaryZh", NEW."summaryEn", NEW."bodyZh", NEW."bodyEn"))
    ON CONFLICT ("useCaseId") DO UPDATE SET "doc" = EXCLUDED."doc";
    RETURN NEW;
END
$$;

CREATE TRIGGER "UseCaseText_sync"
AFTER INSERT OR DELETE OR UPDATE OF "id", "titleZh", "titleEn", "summaryZh", "summaryEn", "bodyZh", "bodyEn" ON "UseCase"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."use_case_text_sync"();

-- Backfill what already exists.
INSERT INTO "atlas_search"."UseCaseText" ("useCaseId", "doc")
SELECT "id", "atlas_search"."use_case_doc"("titleZh", "titleEn", "summaryZh", "summaryEn", "bodyZh", "bodyEn") FROM "UseCase";
