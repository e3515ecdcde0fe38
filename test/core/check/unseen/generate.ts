/**
 * Writes every unseen-layout workbook to a folder (default /tmp/lkjip-unseen) for manual runs:
 *   npx tsc --outDir /tmp/unseen-gen --module commonjs --esModuleInterop --skipLibCheck --target es2019 test/core/check/unseen/generate.ts
 *   node /tmp/unseen-gen/generate.js [dir]
 *   npx lkjip periksa /tmp/lkjip-unseen/sipd-lra.xlsx --json
 */
import * as fs from "fs";
import * as path from "path";
import { CASES } from "./cases";

export async function writeAll(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const c of CASES) {
    const file = path.join(dir, `${c.id}.xlsx`);
    fs.writeFileSync(file, await c.build());
    fs.writeFileSync(path.join(dir, `${c.id}.expect.json`), JSON.stringify({ layout: c.layout, expect: c.expect }, null, 1));
    files.push(file);
  }
  return files;
}

if (require.main === module) {
  void writeAll(process.argv[2] ?? "/tmp/lkjip-unseen").then((f) => console.log(f.join("\n")));
}
