import { existsSync, readFileSync } from "fs";
import { resolve } from "path";

/** The sample workbooks rebuilt from real LKjIP reports, with their `*.truth.json`, kept in the repository. */
export function fixturesDir(): string {
  const dir = resolve(__dirname, "../fixtures");
  if (!existsSync(resolve(dir, "kelam-permai-2019.xlsx"))) throw new Error(`Fixture workbooks not found in ${dir}`);
  return dir;
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(fixturesDir(), name)));
}
