/**
 * `npm run eval`: runs the checker (readXlsx + checkWorkbook) over the generated corpus and the
 * fixtures and prints per workbook TP/FP/FN, recall, precision, errors/warnings on clean workbooks and
 * every miss and false alarm. `--json` prints the scores as JSON; `--only <id>` limits the run.
 */
import * as fs from "fs";
import * as path from "path";
import { readXlsx } from "../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../src/core/check";
import { CORPUS } from "../test/corpus/cases";
import { fixtureTruths, report, score, Score, summarize } from "../test/corpus/evaluate";
import { KNOWN_FAILURES } from "../test/corpus/knownFailures";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
  const root = path.join(__dirname, "..", "..", "..");
  const scores: Score[] = [];
  for (const c of CORPUS.filter((x) => !only || x.id.includes(only))) {
    const built = await c.build();
    const result = checkWorkbook(await readXlsx(built.xlsx));
    scores.push(score(c.id, c.clean, built.expected, result.findings));
  }
  for (const fx of fixtureTruths(path.join(root, "test", "fixtures")).filter((x) => !only || x.id.includes(only))) {
    const result = checkWorkbook(await readXlsx(fs.readFileSync(fx.file)));
    scores.push(score(fx.id, false, fx.expected, result.findings));
  }
  if (args.includes("--json")) console.log(JSON.stringify({ summary: summarize(scores), scores }, null, 1));
  else console.log(report(scores));
  const passing = scores
    .filter((s) => KNOWN_FAILURES[s.id])
    .flatMap((s) => {
      const known = KNOWN_FAILURES[s.id];
      const out: string[] = [];
      if (known.misses && s.misses.length === 0) out.push(`${s.id} (misses)`);
      if (known.falseAlarms && s.falseAlarms.length === 0) out.push(`${s.id} (false alarms)`);
      return out;
    });
  if (!args.includes("--json"))
    console.log(
      `\nknown failures that pass now (remove them from test/corpus/knownFailures.ts): ${passing.join(", ") || "none"}`,
    );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
