#!/usr/bin/env node
// Fails when the SQLite schema and its PostgreSQL twin no longer declare the same models, fields and attributes.
// Provider-specific native types (@db.*) and comments are ignored; everything else must match line for line.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function modelsOf(text) {
  const models = new Map();
  const re = /^(model|enum)\s+(\w+)\s*\{([\s\S]*?)^\}/gm;
  for (const m of text.matchAll(re)) {
    const lines = m[3]
      .split("\n")
      .map((l) => l.replace(/\/\/.*$/, "").replace(/@db\.\w+(\([^)]*\))?/g, "").trim().replace(/\s+/g, " "))
      .filter(Boolean);
    models.set(`${m[1]} ${m[2]}`, lines);
  }
  return models;
}

export function drift(a, b) {
  const problems = [];
  for (const [name, lines] of a) {
    const other = b.get(name);
    if (!other) {
      problems.push(`${name} exists only in the SQLite schema`);
      continue;
    }
    const missing = lines.filter((l) => !other.includes(l));
    const extra = other.filter((l) => !lines.includes(l));
    for (const l of missing) problems.push(`${name}: SQLite has "${l}" but PostgreSQL does not`);
    for (const l of extra) problems.push(`${name}: PostgreSQL has "${l}" but SQLite does not`);
  }
  for (const name of b.keys()) if (!a.has(name)) problems.push(`${name} exists only in the PostgreSQL schema`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const sqlite = modelsOf(fs.readFileSync(path.join(root, "prisma", "schema.prisma"), "utf8"));
  const pg = modelsOf(fs.readFileSync(path.join(root, "prisma", "postgres", "schema.prisma"), "utf8"));
  const problems = drift(sqlite, pg);
  if (problems.length > 0) {
    console.error(`✖ The SQLite and PostgreSQL schemas have drifted apart:\n  - ${problems.join("\n  - ")}`);
    process.exit(1);
  }
  console.log(`✓ SQLite and PostgreSQL schemas declare the same ${sqlite.size} models.`);
}
