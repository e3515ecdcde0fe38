/**
 * The evaluation corpus: workbooks built the way other offices lay out their LKjIP tables, each with
 * the exact list of findings a correct checker reports on it (its truth).
 */

/** One finding the truth expects: rule id at sheet!cell. */
export interface Expected {
  rule: string;
  sheet: string;
  cell: string;
  /** Other places or rule ids that report the same inconsistency (e.g. either side of a two-table mismatch). */
  alt?: { sheet?: string; cell?: string; rule?: string }[];
  /** Allowed but not required: reported or not, it counts neither as a hit nor as a false alarm. */
  optional?: boolean;
  why: string;
}

export interface CorpusCase {
  id: string;
  /** Kind of office and layout, in a sentence. */
  layout: string;
  /** True when the workbook is entirely correct: any error or warning on it is a false alarm. */
  clean: boolean;
  /** Builds the workbook; the truth comes with it because cell addresses follow the generated layout. */
  build: () => Promise<BuiltCase>;
}

export interface BuiltCase {
  xlsx: Buffer;
  expected: Expected[];
}
