/** Checks .xlsx bytes the way every front end does: read, then the application layer's check flow. */
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { modelSource, runCheck } from "../../src/app";
import type { Finding } from "../../src/core/check";

export async function checkXlsx(xlsx: Uint8Array): Promise<Finding[]> {
  const run = await runCheck(modelSource(await readXlsx(xlsx)));
  return run.result.findings;
}
