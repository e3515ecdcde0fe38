/** Checks .xlsx bytes the way every front end does: read, then the application layer's check flow. */
import { readXlsx } from "../../src/hosts/xlsx/readXlsx";
import { modelSource, runCheck } from "../../src/app";
import type { CheckResult, Finding } from "../../src/core/check";

export async function checkXlsx(xlsx: Uint8Array): Promise<Finding[]> {
  return (await checkXlsxResult(xlsx)).findings;
}

/** The findings with the tables they were read from. */
export async function checkXlsxResult(xlsx: Uint8Array): Promise<CheckResult> {
  const run = await runCheck(modelSource(await readXlsx(xlsx)));
  return run.result;
}
