import Decimal from "decimal.js";

/** One predicate category: the values from min to max (null = unbounded) get this label. */
export interface Band {
  label: string;
  /** Abbreviation used in tables, e.g. "SB" for Sangat Berhasil. */
  short?: string;
  min: Decimal | null;
  minInclusive: boolean;
  max: Decimal | null;
  maxInclusive: boolean;
  /** The interval as printed, e.g. "≥ 91", "76 – < 91". */
  interval: string;
  /**
   * A band read from the user's scale table: its bound cells as stored (text as typed, numbers as
   * numbers), so a message can print a number cell in the reader's notation.
   */
  printedBounds?: unknown[];
}

/** A predicate scale; bands are listed from the best category down, as reports print them. */
export interface PredicateScale {
  id?: string;
  name: string;
  bands: Band[];
}
