// The article is stored once, in content/article/article.txt. This test fails when that copy drifts from the shared
// source (../shared/source/article.txt beside the repository). A clean clone (CI) may not have the shared folder:
// then the test says so loudly and is skipped.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.join(__dirname, "../..");
const checkedIn = path.join(repoRoot, "content/article/article.txt");
const shared = path.resolve(repoRoot, "../shared/source/article.txt");
const haveShared = existsSync(shared);

if (!haveShared) {
  console.warn(`\n*** article drift test SKIPPED: ${shared} does not exist on this machine; the checked-in copy was not compared. ***\n`);
}

describe("the checked-in article", () => {
  it.skipIf(!haveShared)(`is byte for byte ../shared/source/article.txt`, () => {
    const ours = readFileSync(checkedIn, "utf8");
    const theirs = readFileSync(shared, "utf8");
    if (ours !== theirs) {
      const a = [...ours];
      const b = [...theirs];
      const at = a.findIndex((ch, i) => ch !== b[i]);
      expect.fail(`content/article/article.txt differs from ${shared} (first difference at character ${at}); copy it over again`);
    }
    expect(ours.length).toBeGreaterThan(0);
  });
});
