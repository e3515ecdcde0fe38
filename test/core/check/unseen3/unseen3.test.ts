/**
 * Unseen layouts, round 3 (issue 9): each case's planted variant gives every planted finding and
 * no other error/warning; its clean twin gives no error or warning at all.
 */
import { readXlsx } from "../../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../../src/core/check";
import { CASES } from "./cases";
import { compare, Found } from "../unseen2/harness";

const show = (f: Found) => `${f.severity} ${f.rule}@${f.sheet}!${f.cell} (${f.message ?? ""})`;
const check = async (buffer: Buffer) => checkWorkbook(await readXlsx(buffer)).findings as Found[];

describe.each(CASES.map((c) => [`${c.pattern}. ${c.id}`, c] as const))("%s", (_name, c) => {
  it("clean twin: no error or warning", async () => {
    const findings = await check(await c.build(false));
    expect(findings.filter((f) => f.severity !== "info").map(show)).toEqual([]);
  });
  if (c.expect.length > 0) {
    it(`planted: every planted finding (${c.expect.length}) and nothing else`, async () => {
      const findings = await check(await c.build(true));
      const { missing, unexpected } = compare(findings, c.expect);
      expect({
        missing: missing.map((m) => `${m.rule}@${m.sheet}!${m.cell}: ${m.why}`),
        unexpected: unexpected.map(show),
      }).toEqual({
        missing: [],
        unexpected: [],
      });
    });
  }
});
