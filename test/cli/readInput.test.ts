/** The CLI reads its input against the size limit and explains failures in one Indonesian line. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { periksa } from "../../src/cli/commands/periksa";
import { readInput } from "../../src/cli/readInput";

async function run(args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await periksa(
    args,
    (s) => out.push(s),
    (s) => err.push(s),
  );
  return { code, out, err };
}

test("a stream without end (/dev/zero) stops at the limit: terlalu besar, with the limit", async () => {
  if (!fs.existsSync("/dev/zero")) return;
  const before = process.memoryUsage().rss;
  const { code, err } = await run(["/dev/zero"]);
  expect(code).toBe(2);
  expect(err).toEqual(["lkjip periksa: Berkas terlalu besar untuk diperiksa: lebih dari 100 MB (batas 100 MB)."]);
  expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
});

test("a file over the limit is refused before it is read; below it is read whole", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lkjip-input-"));
  try {
    const file = path.join(dir, "a.xlsx");
    fs.writeFileSync(file, Buffer.alloc(3000, 1));
    await expect(readInput(file, 2999)).rejects.toMatchObject({ problem: "terlalu-besar" });
    expect((await readInput(file, 3000)).length).toBe(3000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a folder, a missing file: one Indonesian line, no ENOENT/EISDIR", async () => {
  const folder = await run([os.tmpdir(), "--json"]);
  expect(JSON.parse(folder.out[0]).error).toBe(`${os.tmpdir()} adalah folder, bukan berkas buku kerja.`);
  const missing = await run([path.join(os.tmpdir(), "tidak-ada-lkjip.xlsx")]);
  expect(missing.err[0]).toMatch(/^lkjip periksa: Berkas tidak ditemukan: /);
  expect(missing.err.join("")).not.toMatch(/ENOENT|EISDIR/);
});
