/** `lkjip --version`, `lkjip --help`, `lkjip periksa --help`: the scale ids listed are the ones the checker accepts. */
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/main";
import { checkWorkbook } from "../../src/core/check";
import { listPresets } from "../../src/core/scales";

describe("lkjip main", () => {
  it("--version prints the package version; periksa --help lists every scale id the checker accepts", async () => {
    const spy = jest.spyOn(process.stdout, "write").mockImplementation(() => true);
    const printed = async (...argv: string[]) => {
      spy.mockClear();
      const code = await main(argv);
      return { code, text: spy.mock.calls.map((c) => String(c[0])).join("") };
    };
    const v = await printed("--version");
    const help = await printed("periksa", "--help");
    const top = await printed("--help");
    spy.mockRestore();
    const { version } = JSON.parse(fs.readFileSync(path.join(__dirname, "../../package.json"), "utf8")) as { version: string };
    expect(v).toEqual({ code: 0, text: `lkjip ${version}\n` });
    expect(help.code).toBe(0);
    expect(help.text).toContain("Penggunaan: lkjip periksa BERKAS.xlsx");
    expect(help.text).toContain("--timpa");
    expect(help.text).toContain("--locale id|en");
    const ids = listPresets().map((p) => p.id ?? "");
    expect(ids.length).toBeGreaterThanOrEqual(8);
    for (const id of ids) {
      expect(help.text).toMatch(new RegExp(`^  ${id} +`, "m"));
      expect(top.text).toMatch(new RegExp(`^  ${id} +`, "m"));
    }
    // and each one listed is accepted by the checker, an unknown one is not
    for (const id of ids) expect(() => checkWorkbook({ sheets: [] }, { scale: id })).not.toThrow();
    expect(() => checkWorkbook({ sheets: [] }, { scale: "provinsi" })).toThrow(/tidak dikenal/);
  });
});
