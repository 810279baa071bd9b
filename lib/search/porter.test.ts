import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { content } from "@/prisma/seed/content";
import { porterStem } from "./porter";
import { foldWord } from "./terms";

const TOKENIZE = `porter unicode61 remove_diacritics 2 categories 'Lu Ll Lt Lm Nd Nl No Co'`;

/** FTS5's own stem of each word: every word is indexed as its own row, and the vocabulary says what got stored. */
function fts5Stems(words: readonly string[]): string[] {
  const db = new Database(":memory:");
  db.exec(`CREATE VIRTUAL TABLE w USING fts5(t, tokenize = "${TOKENIZE}"); CREATE VIRTUAL TABLE v USING fts5vocab('w', 'instance');`);
  const insert = db.prepare("INSERT INTO w (rowid, t) VALUES (?, ?)");
  db.transaction(() => words.forEach((word, i) => insert.run(i + 1, word)))();
  const stems = new Map((db.prepare("SELECT doc, term FROM v").all() as Array<{ doc: number; term: string }>).map((r) => [r.doc, r.term]));
  db.close();
  return words.map((_, i) => stems.get(i + 1) ?? "");
}

const TRICKY = [
  "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing", "conflated",
  "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing", "happy", "sky",
  "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli", "radicalli", "differentli",
  "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism", "decisiveness", "hopefulness",
  "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate", "formative", "formalize", "electriciti",
  "electrical", "hopeful", "goodness", "revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable",
  "defensible", "irritant", "replacement", "adjustment", "dependent", "adoption", "homologou", "communism", "activate",
  "angulariti", "homologous", "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "imaging",
  "images", "image", "imagery", "planning", "plans", "diagnoses", "diagnosis", "diagnostic", "learning", "routes", "ab",
  "a", "xyz", "aing", "eed", "ied", "yes", "eyes", "ability", "possibly", "x", "ray", "naïve", "café", "straße",
];

describe("porterStem", () => {
  it("stems like FTS5's porter tokenizer, on tricky words", () => {
    expect(TRICKY.map((w) => porterStem(foldWord(w)))).toEqual(fts5Stems(TRICKY));
  });

  it("stems every English word of the seeded catalog like FTS5", () => {
    const words = [...new Set(JSON.stringify(content).toLowerCase().match(/[\p{Ll}\p{Lu}\p{Nd}]+/gu) ?? [])];
    expect(words.length).toBeGreaterThan(500);
    expect(words.map(porterStem)).toEqual(fts5Stems(words));
  });

  it("makes inflections meet", () => {
    expect(new Set(["imaging", "images", "image"].map(porterStem))).toEqual(new Set(["imag"]));
    expect(porterStem("planning")).toBe(porterStem("plan"));
    expect(porterStem("diagnosis").startsWith(porterStem("diagnoses"))).toBe(true);
  });
});
