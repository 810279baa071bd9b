-- What we wrote beside what the article says, stored apart from the body so every view can mark it (issue 13).
ALTER TABLE "Domain" ADD COLUMN "editorialZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Domain" ADD COLUMN "editorialEn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Technique" ADD COLUMN "editorialZh" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Technique" ADD COLUMN "editorialEn" TEXT NOT NULL DEFAULT '';

-- Catalogs seeded before this migration: a body that opens with the article's paragraph ("What the article says" /
-- 文章所述) keeps that paragraph; the paragraphs after it, which the editors wrote, move to the editorial field.
-- The right-hand sides read the row as it was, so body and editorial are cut at the same blank line.
UPDATE "Domain" SET "editorialEn" = substr("bodyEn", strpos("bodyEn", chr(10) || chr(10)) + 2), "bodyEn" = substr("bodyEn", 1, strpos("bodyEn", chr(10) || chr(10)) - 1)
  WHERE "bodyEn" LIKE '**What the article says%' AND strpos("bodyEn", chr(10) || chr(10)) > 0 AND "editorialEn" = '';
UPDATE "Domain" SET "editorialZh" = substr("bodyZh", strpos("bodyZh", chr(10) || chr(10)) + 2), "bodyZh" = substr("bodyZh", 1, strpos("bodyZh", chr(10) || chr(10)) - 1)
  WHERE "bodyZh" LIKE '**文章所述%' AND strpos("bodyZh", chr(10) || chr(10)) > 0 AND "editorialZh" = '';
UPDATE "Technique" SET "editorialEn" = substr("bodyEn", strpos("bodyEn", chr(10) || chr(10)) + 2), "bodyEn" = substr("bodyEn", 1, strpos("bodyEn", chr(10) || chr(10)) - 1)
  WHERE "bodyEn" LIKE '**What the article says%' AND strpos("bodyEn", chr(10) || chr(10)) > 0 AND "editorialEn" = '';
UPDATE "Technique" SET "editorialZh" = substr("bodyZh", strpos("bodyZh", chr(10) || chr(10)) + 2), "bodyZh" = substr("bodyZh", 1, strpos("bodyZh", chr(10) || chr(10)) - 1)
  WHERE "bodyZh" LIKE '**文章所述%' AND strpos("bodyZh", chr(10) || chr(10)) > 0 AND "editorialZh" = '';
-- The page now gives the editorial part its own heading ("Editor's context" / 编者说明): drop the old inline label.
UPDATE "Domain" SET "editorialEn" = upper(substr("editorialEn", 14, 1)) || substr("editorialEn", 15) WHERE "editorialEn" LIKE '**Framing:** %';
UPDATE "Domain" SET "editorialZh" = substr("editorialZh", 8) WHERE "editorialZh" LIKE '**说明**：%';
