/**
 * `npm run corpus [dir]`: writes every corpus workbook and its truth (`<id>.xlsx`, `<id>.truth.json`)
 * to a folder (default corpus-out/, git-ignored) for opening in Excel or running `lkjip periksa` on.
 */
import * as fs from "fs";
import * as path from "path";
import { CORPUS } from "./cases";

async function main(): Promise<void> {
  const dir = process.argv[2] ?? path.join(process.cwd(), "corpus-out");
  fs.mkdirSync(dir, { recursive: true });
  for (const c of CORPUS) {
    const built = await c.build();
    fs.writeFileSync(path.join(dir, `${c.id}.xlsx`), built.xlsx);
    const truth = { workbook: `${c.id}.xlsx`, layout: c.layout, clean: c.clean, expected: built.expected };
    fs.writeFileSync(path.join(dir, `${c.id}.truth.json`), JSON.stringify(truth, null, 1));
  }
  console.log(`${CORPUS.length} workbooks in ${dir}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
