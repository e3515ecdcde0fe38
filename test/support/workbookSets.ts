/**
 * Every set of test workbooks, in one list, for judges that must run over all of them (the fix
 * judge in test/core/check/fixes.test.ts). A new set (the generated corpus) is registered here.
 */
import { readdirSync } from "fs";
import { resolve } from "path";
import { fixtureBytes, fixturesDir } from "./fixtures";
import { CASES as UNSEEN } from "../core/check/unseen/cases";
import { CASES as UNSEEN2 } from "../core/check/unseen2/cases";
import { randomWorkbooks } from "./randomWorkbooks";
import { CORPUS } from "../corpus/cases";
import { KNOWN_FAILURES } from "../corpus/knownFailures";
import { buildXlsx } from "./workbooks";
import { EFFICIENCY_ROWS, efficiencySheet } from "./efficiencySheet";

export interface WorkbookSource {
  /** "set/id", for messages. */
  name: string;
  bytes(): Promise<Uint8Array>;
}

export interface WorkbookSet {
  name: string;
  workbooks(): WorkbookSource[];
}

const generated = (name: string, cases: { id: string; build: () => Promise<Buffer> }[]): WorkbookSet => ({
  name,
  workbooks: () => cases.map((c) => ({ name: `${name}/${c.id}`, bytes: async () => new Uint8Array(await c.build()) })),
});

export const WORKBOOK_SETS: WorkbookSet[] = [
  {
    name: "fixtures",
    workbooks: () =>
      readdirSync(fixturesDir())
        .filter((f) => f.endsWith(".xlsx"))
        .sort()
        .map((f) => ({ name: `fixtures/${f}`, bytes: async () => fixtureBytes(f) })),
  },
  generated("unseen", UNSEEN),
  generated("unseen2", UNSEEN2),
  generated("acak", randomWorkbooks(60)),
  // an efficiency table with a wrong selisih (fix =C6-F6) and a wrong label (fix its word)
  generated("efisiensi", [
    {
      id: "selisih-dan-label-salah",
      build: () =>
        buildXlsx([
          efficiencySheet(
            EFFICIENCY_ROWS.map((x, i) => (i === 2 ? { ...x, selisih: 21.58 } : i === 0 ? { ...x, label: "Efisien" } : x)),
          ),
        ]),
    },
  ]),
  // the evaluation corpus, without the cases where the checker is known to raise false alarms (a
  // fix for a false alarm proves nothing); test/corpus/knownFailures.ts lists them
  generated(
    "corpus",
    CORPUS.filter((c) => !KNOWN_FAILURES[c.id]?.falseAlarms).map((c) => ({
      id: c.id,
      build: async () => (await c.build()).xlsx,
    })),
  ),
];

export const FIXTURES_DIR = resolve(__dirname, "../fixtures");
