-- Use cases' editorial paragraphs stored apart from the body (issue 13): "What it typically involves" / 通常涉及 is
-- ours, not the article's, so the page shows it under "Editor's context" with the Editorial mark.
ALTER TABLE "UseCase" ADD COLUMN "editorialZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "UseCase" ADD COLUMN "editorialEn" TEXT NOT NULL DEFAULT '';

-- Search keeps finding those words: the indexed body is now the body and the editorial text, each its own text
-- (separated by U+001F twice, as title/summary/body already are, so no trigram spans the two). The triggers of
-- 20261129010000_search are recreated with the new columns; the index is rebuilt below.
-- Raw SQL that Prisma's schema does not describe: see the warning at the top of 20261129010000_search.
DROP TRIGGER "UseCaseSearch_insert";
DROP TRIGGER "UseCaseSearch_update";

-- Catalogs seeded before this migration: the paragraph that opens with "**What it typically involves" / "**通常涉及"
-- and everything after it move from the body to the editorial field; the body keeps what precedes the blank line
-- before it. The right-hand sides read the row as it was, so both are cut at the same place. Rows whose editorial
-- text is already set, or whose body has no such paragraph, are left alone.
UPDATE "UseCase"
   SET "editorialEn" = substr("bodyEn", instr("bodyEn", char(10, 10) || '**What it typically involves') + 2),
       "bodyEn" = substr("bodyEn", 1, instr("bodyEn", char(10, 10) || '**What it typically involves') - 1)
 WHERE instr("bodyEn", char(10, 10) || '**What it typically involves') > 0 AND "editorialEn" = '';
UPDATE "UseCase"
   SET "editorialZh" = substr("bodyZh", instr("bodyZh", char(10, 10) || '**通常涉及') + 2),
       "bodyZh" = substr("bodyZh", 1, instr("bodyZh", char(10, 10) || '**通常涉及') - 1)
 WHERE instr("bodyZh", char(10, 10) || '**通常涉及') > 0 AND "editorialZh" = '';

CREATE TRIGGER "UseCaseSearch_insert" AFTER INSERT ON "UseCase"
BEGIN
    INSERT INTO "UseCaseSearch" (rowid, title, summary, body) VALUES (
        NEW."id",
        NEW."titleZh" || char(31, 31) || NEW."titleEn" || char(31, 31),
        NEW."summaryZh" || char(31, 31) || NEW."summaryEn" || char(31, 31),
        NEW."bodyZh" || char(31, 31) || NEW."editorialZh" || char(31, 31) || NEW."bodyEn" || char(31, 31) || NEW."editorialEn" || char(31, 31)
    );
    INSERT INTO "UseCaseWords" (rowid, title, summary, body) VALUES (
        NEW."id",
        NEW."titleZh" || ' ' || NEW."titleEn",
        NEW."summaryZh" || ' ' || NEW."summaryEn",
        NEW."bodyZh" || ' ' || NEW."editorialZh" || ' ' || NEW."bodyEn" || ' ' || NEW."editorialEn"
    );
END;

CREATE TRIGGER "UseCaseSearch_update" AFTER UPDATE OF "titleZh", "titleEn", "summaryZh", "summaryEn", "bodyZh", "bodyEn", "editorialZh", "editorialEn" ON "UseCase"
BEGIN
    DELETE FROM "UseCaseSearch" WHERE rowid = OLD."id";
    DELETE FROM "UseCaseWords" WHERE rowid = OLD."id";
    INSERT INTO "UseCaseSearch" (rowid, title, summary, body) VALUES (
        NEW."id",
        NEW."titleZh" || char(31, 31) || NEW."titleEn" || char(31, 31),
        NEW."summaryZh" || char(31, 31) || NEW."summaryEn" || char(31, 31),
        NEW."bodyZh" || char(31, 31) || NEW."editorialZh" || char(31, 31) || NEW."bodyEn" || char(31, 31) || NEW."editorialEn" || char(31, 31)
    );
    INSERT INTO "UseCaseWords" (rowid, title, summary, body) VALUES (
        NEW."id",
        NEW."titleZh" || ' ' || NEW."titleEn",
        NEW."summaryZh" || ' ' || NEW."summaryEn",
        NEW."bodyZh" || ' ' || NEW."editorialZh" || ' ' || NEW."bodyEn" || ' ' || NEW."editorialEn"
    );
END;

-- Rebuild both indexes from the rows as they now are.
INSERT INTO "UseCaseSearch" ("UseCaseSearch") VALUES ('delete-all');
INSERT INTO "UseCaseWords" ("UseCaseWords") VALUES ('delete-all');
INSERT INTO "UseCaseSearch" (rowid, title, summary, body)
SELECT "id",
       "titleZh" || char(31, 31) || "titleEn" || char(31, 31),
       "summaryZh" || char(31, 31) || "summaryEn" || char(31, 31),
       "bodyZh" || char(31, 31) || "editorialZh" || char(31, 31) || "bodyEn" || char(31, 31) || "editorialEn" || char(31, 31)
  FROM "UseCase";
INSERT INTO "UseCaseWords" (rowid, title, summary, body)
SELECT "id", "titleZh" || ' ' || "titleEn", "summaryZh" || ' ' || "summaryEn",
       "bodyZh" || ' ' || "editorialZh" || ' ' || "bodyEn" || ' ' || "editorialEn"
  FROM "UseCase";
