-- Relevance puts the use cases that match in their titles first (lib/catalog/explore/sqlite-backend.ts). That match
-- was a column filter on the full indexes ({title} : …), which still reads the term's whole doclist, every summary and
-- body that has it: at 100,000 use cases 0.2-1.6 ms a query, 0.9 ms for a common word that no title has. Title-only
-- indexes answer it from the titles' own doclists (0.01-0.4 ms). They hold the same text as the title columns of
-- "UseCaseSearch" and "UseCaseWords", with the same tokenizers, so they match exactly the same use cases.
--
-- A later migration that rebuilds "UseCaseSearch" or "UseCaseWords" (as 20261206100000_use_case_editorial did with
-- 'delete-all') or recreates the "UseCase" table must rebuild these two as well, from the same titles.
-- Raw SQL that Prisma's schema does not describe: see the warning at the top of 20261129010000_search.
CREATE VIRTUAL TABLE "UseCaseTitleSearch" USING fts5(
    title,
    tokenize = 'trigram',
    content = '',
    contentless_delete = 1
);

CREATE VIRTUAL TABLE "UseCaseTitleWords" USING fts5(
    title,
    tokenize = "porter unicode61 remove_diacritics 2 categories 'Lu Ll Lt Lm Nd Nl No Co'",
    prefix = '3 4 5 6 7 8',
    content = '',
    contentless_delete = 1
);

CREATE TRIGGER "UseCaseTitleSearch_insert" AFTER INSERT ON "UseCase"
BEGIN
    INSERT INTO "UseCaseTitleSearch" (rowid, title) VALUES (NEW."id", NEW."titleZh" || char(31, 31) || NEW."titleEn" || char(31, 31));
    INSERT INTO "UseCaseTitleWords" (rowid, title) VALUES (NEW."id", NEW."titleZh" || ' ' || NEW."titleEn");
END;

CREATE TRIGGER "UseCaseTitleSearch_update" AFTER UPDATE OF "titleZh", "titleEn" ON "UseCase"
BEGIN
    DELETE FROM "UseCaseTitleSearch" WHERE rowid = OLD."id";
    DELETE FROM "UseCaseTitleWords" WHERE rowid = OLD."id";
    INSERT INTO "UseCaseTitleSearch" (rowid, title) VALUES (NEW."id", NEW."titleZh" || char(31, 31) || NEW."titleEn" || char(31, 31));
    INSERT INTO "UseCaseTitleWords" (rowid, title) VALUES (NEW."id", NEW."titleZh" || ' ' || NEW."titleEn");
END;

CREATE TRIGGER "UseCaseTitleSearch_delete" AFTER DELETE ON "UseCase"
BEGIN
    DELETE FROM "UseCaseTitleSearch" WHERE rowid = OLD."id";
    DELETE FROM "UseCaseTitleWords" WHERE rowid = OLD."id";
END;

INSERT INTO "UseCaseTitleSearch" (rowid, title)
SELECT "id", "titleZh" || char(31, 31) || "titleEn" || char(31, 31) FROM "UseCase";
INSERT INTO "UseCaseTitleWords" (rowid, title)
SELECT "id", "titleZh" || ' ' || "titleEn" FROM "UseCase";
