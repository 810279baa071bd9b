import { describe, expect, it } from "vitest";
import { CSV_BOM, csvField, toCsv } from "./csv";
import { exportFileName, USE_CASE_CSV_COLUMNS, csvOfUseCases, jsonOfUseCases, type ExportableUseCase } from "./use-cases";

describe("csv", () => {
  it("quotes only fields that need it, doubling embedded quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe(`"a,b"`);
    expect(csvField(`say "hi"`)).toBe(`"say ""hi"""`);
    expect(csvField("two\nlines")).toBe(`"two\nlines"`);
    expect(csvField("cr\rhere")).toBe(`"cr\rhere"`);
    expect(csvField(" padded ")).toBe(`" padded "`);
    expect(csvField("医疗影像分析")).toBe("医疗影像分析");
    expect(csvField("")).toBe("");
  });

  it("starts with a UTF-8 BOM and ends lines with CRLF", () => {
    const csv = toCsv(["a", "b"], [["1", "x,y"]]);
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(csv).toBe(`${CSV_BOM}a,b\r\n1,"x,y"\r\n`);
    expect(toCsv(["a"], [], { bom: false })).toBe("a\r\n");
    expect(Buffer.from(toCsv(["a"], [])).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it("neutralizes every formula trigger (=, +, -, @, tab, CR) with a leading quote", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-2+3")).toBe("'-2+3");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField("\r=1")).toBe(`"'\r=1"`);
    // Only a leading trigger counts; a formula sign inside a cell is text.
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField("x-ray")).toBe("x-ray");
  });

  it("refuses rows that do not fit the header", () => {
    expect(() => toCsv(["a", "b"], [["1"]])).toThrow(/header/);
  });
});

const item: ExportableUseCase = {
  slug: "medical-image-analysis",
  title: "医疗影像分析",
  summary: `Vision models for X-ray, CT and MRI; "the article only names it"`,
  basis: "article",
  source: "§6.2",
  domain: { name: "医疗健康" },
  techniques: [{ name: "计算机视觉" }, { name: "深度学习" }],
  mechanisms: [{ name: "数据共享" }],
  challenges: [],
  updatedAt: "2026-11-29T04:37:19.774Z",
  url: "https://atlas.example.org/zh/use-cases/medical-image-analysis",
};

describe("use-case export", () => {
  it("writes the documented columns and joins multiple values with '; '", () => {
    const csv = csvOfUseCases([item]);
    const [header, row] = csv.slice(1).split("\r\n");
    expect(header).toBe(USE_CASE_CSV_COLUMNS.join(","));
    expect(header).toBe("slug,title,summary,domain,techniques,mechanisms,challenges,basis,source,updatedAt,url");
    expect(row).toBe(
      `medical-image-analysis,医疗影像分析,"Vision models for X-ray, CT and MRI; ""the article only names it""",医疗健康,计算机视觉; 深度学习,数据共享,,article,§6.2,2026-11-29T04:37:19.774Z,https://atlas.example.org/zh/use-cases/medical-image-analysis`,
    );
  });

  it("neutralizes formulas in every column of an export", () => {
    const hostile = { ...item, title: "=cmd|' /C calc'!A0", summary: "@SUM(1)", domain: { name: "+1" }, techniques: [{ name: "-1" }] };
    const [, row] = csvOfUseCases([hostile]).slice(1).split("\r\n");
    expect(row).toBe(`medical-image-analysis,'=cmd|' /C calc'!A0,'@SUM(1),'+1,'-1,数据共享,,article,§6.2,2026-11-29T04:37:19.774Z,https://atlas.example.org/zh/use-cases/medical-image-analysis`);
  });

  it("writes JSON arrays", () => {
    expect(JSON.parse(jsonOfUseCases([item, item]))).toHaveLength(2);
    expect(jsonOfUseCases([])).toBe("[]\n");
  });

  it("names the file by date and format", () => {
    expect(exportFileName("csv", new Date("2026-11-29T10:00:00Z"))).toBe("fusion-atlas-use-cases-2026-11-29.csv");
  });
});
