/** The shared fixtures: every non-optional finding of each *.truth.json is reported at its sheet and cell. */
import * as fs from "fs";
import * as path from "path";
import { periksa } from "../../../src/cli/commands/periksa";
import { fixturesDir } from "../../support/fixtures";

const DIR = fixturesDir();
const fixtures = fs.readdirSync(DIR).filter((f) => f.endsWith(".truth.json"));

interface Truth {
  workbook: string;
  expected: { sheet: string; cells: string[]; rule: string; optional?: boolean }[];
}

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
}

async function run(file: string): Promise<{ code: number; json: { findings: JsonFinding[] } }> {
  let text = "";
  const code = await periksa([file, "--json"], (s) => (text += s));
  return { code, json: JSON.parse(text) };
}

describe.each(fixtures)("fixture %s", (truthFile) => {
  const truth: Truth = JSON.parse(fs.readFileSync(path.join(DIR, truthFile), "utf8"));
  let result: { code: number; json: { findings: JsonFinding[] } };
  beforeAll(async () => {
    result = await run(path.join(DIR, truth.workbook));
  });

  it("runs with exit code 0", () => {
    expect(result.code).toBe(0);
  });

  for (const e of truth.expected.filter((x) => !x.optional)) {
    for (const cell of e.cells) {
      it(`reports ${e.rule} at ${e.sheet}!${cell}`, () => {
        const hit = result.json.findings.find((f) => f.sheet === e.sheet && f.cell === cell);
        expect(hit).toMatchObject({ rule: e.rule });
      });
    }
  }

  it("reports few findings beyond the truth file, none of them errors", () => {
    const listed = new Set(truth.expected.flatMap((e) => e.cells.map((c) => `${e.sheet}!${c}`)));
    const extra = result.json.findings.filter((f) => !listed.has(`${f.sheet}!${f.cell}`));
    expect(extra.filter((f) => f.severity === "error")).toEqual([]);
    expect(extra.length).toBeLessThanOrEqual(3);
  });
});
