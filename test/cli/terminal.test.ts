/** Text from a workbook cannot drive the reviewer's terminal: control characters are printed visibly. */
import { mkdtempSync, promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { main } from "../../src/cli/main";
import { visibleControls } from "../../src/cli/terminal";
import { buildXlsx, pkSheet } from "../support/workbooks";

// eslint-disable-next-line no-control-regex -- looking for raw control characters
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

test("ESC, CR, BEL, C1 CSI and bidi overrides become visible; line feeds and tabs stay", () => {
  expect(visibleControls("a\u001b[2Jb")).toBe("a␛[2Jb");
  expect(visibleControls("\u001b]0;judul\u0007")).toBe("␛]0;judul␇");
  expect(visibleControls("x\ry")).toBe("x␍y");
  expect(visibleControls("\u009b31m")).toBe("<U+009B>31m");
  expect(visibleControls("abc\u202Efed")).toBe("abc<U+202E>fed");
  expect(visibleControls("baris 1\n\tbaris 2")).toBe("baris 1\n\tbaris 2");
});

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const chunks = { stdout: [] as string[], stderr: [] as string[] };
  const spyOut = jest.spyOn(process.stdout, "write").mockImplementation((s) => (chunks.stdout.push(String(s)), true));
  const spyErr = jest.spyOn(process.stderr, "write").mockImplementation((s) => (chunks.stderr.push(String(s)), true));
  try {
    const code = await main(args);
    return { code, stdout: chunks.stdout.join(""), stderr: chunks.stderr.join("") };
  } finally {
    spyOut.mockRestore();
    spyErr.mockRestore();
  }
}

test("a workbook whose labels and predikat words hold escape sequences prints them visibly (text and JSON)", async () => {
  const sheet = pkSheet({
    predikatColumn: true,
    sasaran: [
      {
        text: "Sasaran \u001b]0;DIRETAS\u0007 satu",
        indicators: [
          {
            name: "Indeks \u001b[2J\u001b[H kepuasan",
            target: 80,
            realisasi: 84,
            capaian: 99,
            predikat: "Baik\u001b[31m\u009b2J",
          },
          { name: "Persentase \u202Eselesai", target: 90, realisasi: 81, predikat: "Sangat Baik" },
        ],
      },
    ],
  });
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-esc-"));
  const file = path.join(dir, "esc.xlsx");
  await fs.writeFile(file, await buildXlsx([sheet]));
  for (const args of [
    ["periksa", file],
    ["periksa", file, "--json"],
  ]) {
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(0);
    expect(stdout + stderr).not.toMatch(RAW_CONTROL);
    // Whatever of the workbook's text is printed (main's recognition now leaves a column of unknown
    // predikat words unchecked, so the words themselves may not be printed), none of it is raw.
    expect(stdout).toContain("Formulir PK");
  }
});
