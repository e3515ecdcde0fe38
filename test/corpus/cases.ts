/** The evaluation corpus: every workbook with its truth, in a fixed order (deterministic from seeds). */
import type { CorpusCase } from "./types";
import type { CodeStyle } from "./layouts/lra";
import { randomPkCase } from "./families/randomPk";
import { randomLraCase } from "./families/randomLra";
import { PK_PATTERNS } from "./families/pkPatterns";
import { BUDGET_PATTERNS } from "./families/budgetPatterns";
import { TABLE_PATTERNS } from "./families/tablePatterns";
import { WHOLE_WORKBOOKS } from "./families/wholeWorkbook";
import { ROUNDING_TRAPS } from "./families/roundingTraps";

const PK_SEEDS = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20];
const PK_CLEAN_SEEDS = [21, 22, 23, 24, 25, 26, 27];
const LRA_SEEDS = [31, 32, 33, 34, 35, 36, 37, 38, 39, 40];
const LRA_CLEAN_SEEDS = [41, 42, 43, 44, 45, 46, 47];

/** Budget code styles the random draw left out, forced so each is measured planted and clean. */
const LRA_STYLED: [number, number, CodeStyle][] = [
  [51, 3, "dotted"],
  [52, 2, "dotted"],
  [53, 3, "letter-dot"],
  [54, 3, "sipd-rekening"],
  [55, 0, "dotted"],
  [56, 0, "letter-dot"],
  [57, 0, "sipd-rekening"],
];

export const CORPUS: CorpusCase[] = [
  ...PK_PATTERNS,
  ...BUDGET_PATTERNS,
  ...TABLE_PATTERNS,
  ...WHOLE_WORKBOOKS,
  ...ROUNDING_TRAPS,
  ...PK_SEEDS.map((s) => randomPkCase(s, 2)),
  ...PK_CLEAN_SEEDS.map((s) => randomPkCase(s, 0)),
  ...LRA_SEEDS.map((s) => randomLraCase(s, 3)),
  ...LRA_CLEAN_SEEDS.map((s) => randomLraCase(s, 0)),
  ...LRA_STYLED.map(([seed, planted, style]) => randomLraCase(seed, planted, style)),
];
