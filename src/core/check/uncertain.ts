/**
 * Precision first: when a relation fails on most rows of one column, the column is more likely
 * misread (computed from another column, a different formula, a layout not understood) than every
 * row wrong. The failures of such a column are held back, the table's confidence is lowered and
 * the doubt recorded; the rule `tabel-tak-pasti` says it once per table, as an info finding. A relation the sheet
 * declares itself (numbering-row formula) is not in doubt: its failures are always reported.
 */
import type { RecognizedTable, TableColumn } from "../tables/types";
import type { CheckContext } from "./context";
import type { Finding } from "./finding";

/** At least this many failing rows, and more than half of the rows checked, make a column uncertain. */
const MIN_FAILURES = 3;

export class ColumnCheck {
  private checkedRows = 0;
  private readonly failures: Finding[] = [];

  constructor(
    private readonly ctx: CheckContext,
    private readonly table: RecognizedTable,
    private readonly column: number,
    /** What the column was checked as, for the message: "capaian = realisasi / target". */
    private readonly relation: string,
    /** A rule declared in the numbering row (`5=4-3`) is well supported: its rows are always reported. */
    private readonly declared = false,
  ) {}

  /** One row was checked (agreeing or not). */
  checked(): void {
    this.checkedRows++;
  }

  /** A row failed: its finding is held until the column is judged. */
  fail(finding: Finding): void {
    this.failures.push(finding);
  }

  /** The context whose `add` holds a finding back as this column's failure. */
  sink(): CheckContext {
    const held = Object.create(this.ctx) as CheckContext;
    held.add = (f) => this.fail(f);
    return held;
  }

  /** Adds the findings, or one info finding when most rows fail. */
  flush(): void {
    const n = this.failures.length;
    if (this.declared || n < MIN_FAILURES || n * 2 <= this.checkedRows) {
      for (const f of this.failures) this.ctx.add(f);
      return;
    }
    const col = this.table.columns.find((c) => c.index === this.column);
    markUncertain(
      this.table,
      `kolom ${columnName(col)} tidak cocok dengan ${this.relation} pada ${this.ctx.show.count(n)} dari ${this.ctx.show.count(this.checkedRows)} baris (kemungkinan dihitung dengan cara lain atau dari kolom yang tidak dikenali; barisnya tidak dilaporkan satu per satu)`,
    );
  }
}

function columnName(col: TableColumn | undefined): string {
  if (!col) return "?";
  return col.header ? `${col.letter} (“${col.header}”)` : col.letter;
}

/** Lowers a table's confidence and records why, once per reason. */
export function markUncertain(table: RecognizedTable, reason: string): void {
  const notes = (table.uncertain ??= []);
  if (notes.includes(reason)) return;
  notes.push(reason);
  table.confidence = Math.max(0.1, (table.confidence ?? 1) - 0.3);
}
