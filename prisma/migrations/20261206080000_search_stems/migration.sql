-- Search that forgives inflections (issue 12): the word index stems English words with FTS5's `porter` tokenizer,
-- so "imaging" finds "images" and "diagnoses" finds "diagnosis" (the query's words are stemmed the same way). The
-- trigram index for CJK substrings is unchanged. lib/search/porter.ts is the same stemmer in TypeScript, for the
-- PostgreSQL backend and the highlighter. The triggers of 20261129010000_search keep writing "UseCaseWords" by name.
--
-- Raw SQL that Prisma's schema does not describe: see the warning at the top of 20261129010000_search.
DROP TABLE "UseCaseWords";

CREATE VIRTUAL TABLE "UseCaseWords" USING fts5(
    title, summary, body,
    tokenize = "porter unicode61 remove_diacritics 2 categories 'Lu Ll Lt Lm Nd Nl No Co'",
    prefix = '3 4 5 6 7 8',
    content = '',
    contentless_delete = 1
);
INSERT INTO "UseCaseWords" ("UseCaseWords", rank) VALUES ('rank', 'bm25(10.0, 4.0, 1.0)');

INSERT INTO "UseCaseWords" (rowid, title, summary, body)
SELECT "id", "titleZh" || ' ' || "titleEn", "summaryZh" || ' ' || "summaryEn", "bodyZh" || ' ' || "bodyEn" FROM "UseCase";
