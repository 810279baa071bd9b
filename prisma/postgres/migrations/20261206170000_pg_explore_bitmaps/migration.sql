-- Explorer facet index (PostgreSQL), the twin of SQLite's (prisma/migrations/20261129010000_search): per facet value,
-- the bitmap of the visible use cases that have it, kept by triggers, so that a query reads the bitmaps of the facet
-- values it needs and counts them in memory (lib/catalog/explore/bitmap.ts: AND + popcount) instead of aggregating
-- every visible use case's links in SQL (issue 18: at 20,000 use cases a cache miss took p50 262 ms / p95 987 ms).
-- Like the search text (20261129040000_pg_search) it lives in the schema "atlas_search", which Prisma never
-- introspects or diffs, so neither `migrate dev` nor the drift check sees it and no SQLite twin is needed;
-- lib/catalog/explore/search-schema.test.ts fails if a later migration drops it.
--
--   atlas_search."ExploreDoc"       one row per visible use case (published, not deleted, in a published domain): its
--                                   sort keys (the title key exactly as the backend sorted by it before: trimmed,
--                                   ASCII-lower-cased, compared byte-wise), with indexes to walk in order.
--   atlas_search."ExploreDocValue"  the facet values each visible use case has (what its bits are set for).
--   atlas_search."ExploreBitmap"    per facet value ('visible' 0, 'domain', 'basis' 1 article / 2 editorial,
--                                   'technique', 'mechanism', 'challenge'), the bitmap in chunks of 32,768 bits: bit
--                                   (id % 32768) of chunk (id / 32768) is byte (bit / 8), bit (bit % 8) counted from
--                                   the least significant (PostgreSQL's get_bit/set_bit numbering), as on SQLite.
--   atlas_search."ExploreChange"    bits set or cleared since the bitmaps were last brought up to date, in order.
--
-- Writers never wait for each other here. The row triggers touch only the written use case's own rows (ExploreDoc,
-- ExploreDocValue) and append to ExploreChange, as the search text's trigger does; the shared bitmap rows are
-- written only by explore_fold(), which the catalog version bump runs (a trigger on "CatalogState"): the last
-- statement of every catalog change (lib/editing/commit-change.ts), made while holding the version row, so folds
-- run one at a time and a transaction holds bitmap rows only after its last statement (no deadlock with a
-- concurrent save). A reader reads the bitmaps and the changes not yet folded in one statement (one snapshot) and
-- applies them in order (lib/catalog/explore/postgres-backend.ts); they are few but for writers that bypass the
-- version bump (a bulk load: call explore_fold() after it).

CREATE TABLE "atlas_search"."ExploreDoc" (
    "useCaseId" INTEGER NOT NULL PRIMARY KEY,
    "titleKeyEn" TEXT COLLATE "C" NOT NULL,
    "titleKeyZh" TEXT COLLATE "C" NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL
);
CREATE INDEX "ExploreDoc_titleEn" ON "atlas_search"."ExploreDoc" ("titleKeyEn", "useCaseId");
CREATE INDEX "ExploreDoc_titleZh" ON "atlas_search"."ExploreDoc" ("titleKeyZh", "useCaseId");
CREATE INDEX "ExploreDoc_updated" ON "atlas_search"."ExploreDoc" ("updatedAt" DESC, "useCaseId" DESC);

CREATE TABLE "atlas_search"."ExploreDocValue" (
    "useCaseId" INTEGER NOT NULL,
    "facet" TEXT NOT NULL,
    "valueId" INTEGER NOT NULL,
    PRIMARY KEY ("useCaseId", "facet", "valueId")
);

CREATE TABLE "atlas_search"."ExploreBitmap" (
    "facet" TEXT NOT NULL,
    "valueId" INTEGER NOT NULL,
    "chunk" INTEGER NOT NULL,
    "bits" BYTEA NOT NULL,
    PRIMARY KEY ("facet", "valueId", "chunk")
);
-- 4 KiB chunks stay in the row, uncompressed: reading them is the query's work, and writing one bit rewrites the row.
ALTER TABLE "atlas_search"."ExploreBitmap" ALTER COLUMN "bits" SET STORAGE MAIN;

CREATE TABLE "atlas_search"."ExploreChange" (
    "seq" BIGSERIAL NOT NULL PRIMARY KEY,
    "facet" TEXT NOT NULL,
    "valueId" INTEGER NOT NULL,
    "useCaseId" INTEGER NOT NULL,
    "present" BOOLEAN NOT NULL
);

-- The title key the explorer sorts by (lib/catalog/explore/postgres-backend.ts): the title in the locale, else the
-- other one, trimmed of spaces, ASCII letters lower-cased (SQLite's lower() folds ASCII only), compared byte-wise.
CREATE FUNCTION "atlas_search"."explore_title_key"(first TEXT, second TEXT) RETURNS TEXT
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT translate(CASE WHEN btrim(first, ' ') <> '' THEN btrim(first, ' ') ELSE btrim(second, ' ') END,
                       'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C" $$;

-- Bring the bitmaps up to date with every change this transaction can see, in order: one rewrite per chunk touched.
CREATE FUNCTION "atlas_search"."explore_fold"() RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    g RECORD;
    bits BYTEA;
    i INTEGER;
    b INTEGER;
    seqs BIGINT[];
BEGIN
    -- Exactly the changes seen now (one snapshot): a change committed meanwhile stays for the next fold.
    SELECT array_agg("seq") INTO seqs FROM "atlas_search"."ExploreChange";
    IF seqs IS NULL THEN
        RETURN;
    END IF;
    FOR g IN
        SELECT "facet", "valueId", "useCaseId" / 32768 AS "chunk",
               array_agg("useCaseId" % 32768 ORDER BY "seq") AS "bit", array_agg("present" ORDER BY "seq") AS "present"
          FROM "atlas_search"."ExploreChange" WHERE "seq" = ANY(seqs) GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    LOOP
        SELECT m."bits" INTO bits FROM "atlas_search"."ExploreBitmap" m
         WHERE m."facet" = g."facet" AND m."valueId" = g."valueId" AND m."chunk" = g."chunk" FOR UPDATE;
        bits := COALESCE(bits, ''::bytea);
        FOR i IN 1 .. array_length(g."bit", 1) LOOP
            b := g."bit"[i];
            IF length(bits) <= b / 8 THEN
                bits := bits || decode(repeat('00', b / 8 + 1 - length(bits)), 'hex');
            END IF;
            bits := set_bit(bits, b, g."present"[i]::int);
        END LOOP;
        INSERT INTO "atlas_search"."ExploreBitmap" ("facet", "valueId", "chunk", "bits") VALUES (g."facet", g."valueId", g."chunk", bits)
        ON CONFLICT ("facet", "valueId", "chunk") DO UPDATE SET "bits" = EXCLUDED."bits";
    END LOOP;
    DELETE FROM "atlas_search"."ExploreChange" WHERE "seq" = ANY(seqs);
END
$$;

-- The facet values a use case has while it is visible (none otherwise).
CREATE FUNCTION "atlas_search"."explore_values"(doc INTEGER) RETURNS TABLE ("facet" TEXT, "valueId" INTEGER)
LANGUAGE sql STABLE
AS $$
    WITH u AS (
        SELECT u."id", u."domainId", u."basis" FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
         WHERE u."id" = doc AND u."status" = 'published' AND u."deletedAt" IS NULL
           AND d."status" = 'published' AND d."deletedAt" IS NULL
    )
    SELECT 'visible', 0 FROM u
    UNION SELECT 'domain', u."domainId" FROM u
    UNION SELECT 'basis', CASE u."basis" WHEN 'article' THEN 1 ELSE 2 END FROM u
    UNION SELECT 'technique', l."techniqueId" FROM u JOIN "UseCaseTechnique" l ON l."useCaseId" = u."id"
    UNION SELECT 'mechanism', l."mechanismId" FROM u JOIN "UseCaseMechanism" l ON l."useCaseId" = u."id"
    UNION SELECT 'challenge', l."challengeId" FROM u JOIN "UseCaseChallenge" l ON l."useCaseId" = u."id"
$$;

-- Recount one use case from its current row and links: its sort keys, and the bits that changed (an edit that leaves
-- its facets alone changes none).
CREATE FUNCTION "atlas_search"."explore_refresh"(doc INTEGER) RETURNS void
LANGUAGE plpgsql
AS $$
DECLARE
    r RECORD;
BEGIN
    INSERT INTO "atlas_search"."ExploreDoc" AS x ("useCaseId", "titleKeyEn", "titleKeyZh", "updatedAt")
    SELECT u."id", "atlas_search"."explore_title_key"(u."titleEn", u."titleZh"), "atlas_search"."explore_title_key"(u."titleZh", u."titleEn"), u."updatedAt"
      FROM "UseCase" u JOIN "Domain" d ON d."id" = u."domainId"
     WHERE u."id" = doc AND u."status" = 'published' AND u."deletedAt" IS NULL
       AND d."status" = 'published' AND d."deletedAt" IS NULL
    ON CONFLICT ("useCaseId") DO UPDATE SET "titleKeyEn" = EXCLUDED."titleKeyEn", "titleKeyZh" = EXCLUDED."titleKeyZh", "updatedAt" = EXCLUDED."updatedAt"
     WHERE (x."titleKeyEn", x."titleKeyZh", x."updatedAt") IS DISTINCT FROM (EXCLUDED."titleKeyEn", EXCLUDED."titleKeyZh", EXCLUDED."updatedAt");
    IF NOT EXISTS (SELECT 1 FROM "atlas_search"."explore_values"(doc) v WHERE v."facet" = 'visible') THEN
        DELETE FROM "atlas_search"."ExploreDoc" WHERE "useCaseId" = doc;
    END IF;

    FOR r IN
        SELECT c."facet", c."valueId", c."present" FROM (
            (SELECT v."facet", v."valueId", true AS "present" FROM "atlas_search"."explore_values"(doc) v
             EXCEPT SELECT o."facet", o."valueId", true FROM "atlas_search"."ExploreDocValue" o WHERE o."useCaseId" = doc)
            UNION ALL
            (SELECT o."facet", o."valueId", false FROM "atlas_search"."ExploreDocValue" o WHERE o."useCaseId" = doc
             EXCEPT SELECT v."facet", v."valueId", false FROM "atlas_search"."explore_values"(doc) v)
        ) c ORDER BY c."facet", c."valueId"
    LOOP
        INSERT INTO "atlas_search"."ExploreChange" ("facet", "valueId", "useCaseId", "present") VALUES (r."facet", r."valueId", doc, r."present");
        IF r."present" THEN
            INSERT INTO "atlas_search"."ExploreDocValue" ("useCaseId", "facet", "valueId") VALUES (doc, r."facet", r."valueId");
        ELSE
            DELETE FROM "atlas_search"."ExploreDocValue" WHERE "useCaseId" = doc AND "facet" = r."facet" AND "valueId" = r."valueId";
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION "atlas_search"."explore_use_case_sync"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM "atlas_search"."explore_refresh"(OLD."id");
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW."id" <> OLD."id") THEN
        PERFORM "atlas_search"."explore_refresh"(NEW."id");
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Explore_useCase_sync"
AFTER INSERT OR DELETE OR UPDATE OF "id", "status", "deletedAt", "domainId", "basis", "titleZh", "titleEn", "updatedAt" ON "UseCase"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."explore_use_case_sync"();

CREATE FUNCTION "atlas_search"."explore_domain_sync"() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    r RECORD;
BEGIN
    FOR r IN SELECT "id" FROM "UseCase" WHERE "domainId" = NEW."id" ORDER BY "id" LOOP
        PERFORM "atlas_search"."explore_refresh"(r."id");
    END LOOP;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Explore_domain_visibility"
AFTER UPDATE OF "status", "deletedAt" ON "Domain"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."explore_domain_sync"();

-- A link row changed: one bit of a visible use case (only visible ones have an ExploreDoc row). The facet and the
-- value's column are the trigger's arguments.
CREATE FUNCTION "atlas_search"."explore_link_sync"() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    f TEXT := TG_ARGV[0];
    v INTEGER;
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM "atlas_search"."explore_refresh"(OLD."useCaseId");
        IF NEW."useCaseId" <> OLD."useCaseId" THEN
            PERFORM "atlas_search"."explore_refresh"(NEW."useCaseId");
        END IF;
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        v := (to_jsonb(NEW) ->> TG_ARGV[1])::int;
        IF EXISTS (SELECT 1 FROM "atlas_search"."ExploreDoc" WHERE "useCaseId" = NEW."useCaseId") THEN
            INSERT INTO "atlas_search"."ExploreDocValue" ("useCaseId", "facet", "valueId") VALUES (NEW."useCaseId", f, v)
            ON CONFLICT DO NOTHING;
            IF FOUND THEN
                INSERT INTO "atlas_search"."ExploreChange" ("facet", "valueId", "useCaseId", "present") VALUES (f, v, NEW."useCaseId", true);
            END IF;
        END IF;
        RETURN NULL;
    END IF;
    v := (to_jsonb(OLD) ->> TG_ARGV[1])::int;
    DELETE FROM "atlas_search"."ExploreDocValue" WHERE "useCaseId" = OLD."useCaseId" AND "facet" = f AND "valueId" = v;
    IF FOUND THEN
        INSERT INTO "atlas_search"."ExploreChange" ("facet", "valueId", "useCaseId", "present") VALUES (f, v, OLD."useCaseId", false);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER "Explore_technique_sync" AFTER INSERT OR DELETE OR UPDATE OF "useCaseId", "techniqueId" ON "UseCaseTechnique"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."explore_link_sync"('technique', 'techniqueId');
CREATE TRIGGER "Explore_mechanism_sync" AFTER INSERT OR DELETE OR UPDATE OF "useCaseId", "mechanismId" ON "UseCaseMechanism"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."explore_link_sync"('mechanism', 'mechanismId');
CREATE TRIGGER "Explore_challenge_sync" AFTER INSERT OR DELETE OR UPDATE OF "useCaseId", "challengeId" ON "UseCaseChallenge"
FOR EACH ROW EXECUTE FUNCTION "atlas_search"."explore_link_sync"('challenge', 'challengeId');

-- The catalog version bump, the last statement of every catalog change, folds the changes into the bitmaps.
CREATE FUNCTION "atlas_search"."explore_fold_trigger"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    PERFORM "atlas_search"."explore_fold"();
    RETURN NULL;
END
$$;

CREATE TRIGGER "Explore_fold" AFTER INSERT OR UPDATE ON "CatalogState"
FOR EACH STATEMENT EXECUTE FUNCTION "atlas_search"."explore_fold_trigger"();

-- Backfill what already exists.
SELECT "atlas_search"."explore_refresh"("id") FROM "UseCase";
SELECT "atlas_search"."explore_fold"();
