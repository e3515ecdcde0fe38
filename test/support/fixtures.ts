import { existsSync, readFileSync } from "fs";
import { resolve } from "path";

/** shared/fixtures beside the repository (CI clones main with shared/ next to it), or LKJIP_FIXTURES. */
export function fixturesDir(): string {
  const candidates = [process.env.LKJIP_FIXTURES, resolve(__dirname, "../../../shared/fixtures")];
  const found = candidates.find((d) => d && existsSync(resolve(d, "kelam-permai-2019.xlsx")));
  if (!found) throw new Error(`Fixture workbooks not found; looked in ${candidates.filter(Boolean).join(", ")}`);
  return found;
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(fixturesDir(), name)));
}
