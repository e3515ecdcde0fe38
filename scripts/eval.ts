/**
 * `npm run eval`: runs the checker (readXlsx + the application layer's runCheck, as the CLI and the
 * task pane do) over the generated corpus and the
 * fixtures and prints per workbook TP/FP/FN, recall, precision, errors/warnings on clean workbooks and
 * every miss and false alarm. `--json` prints the scores as JSON; `--only <id>` limits the run.
 */
import * as fs from "fs";
import * as path from "path";
import { checkXlsx } from "../test/corpus/run";
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
    scores.push(score(c.id, c.clean, built.expected, await checkXlsx(built.xlsx)));
  }
  for (const fx of fixtureTruths(path.join(root, "test", "fixtures")).filter((x) => !only || x.id.includes(only))) {
    scores.push(score(fx.id, false, fx.expected, await checkXlsx(fs.readFileSync(fx.file))));
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
