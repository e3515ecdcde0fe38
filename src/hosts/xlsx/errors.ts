/** Why a file could not be read as a workbook; `reason` is a one-line Indonesian sentence for the user. */
export type WorkbookReadProblem = "kosong" | "bukan-workbook" | "xls" | "csv" | "terkunci" | "rusak" | "terlalu-besar";

export class WorkbookReadError extends Error {
  readonly problem: WorkbookReadProblem;
  readonly reason: string;
  constructor(problem: WorkbookReadProblem, reason: string) {
    super(reason);
    this.name = "WorkbookReadError";
    this.problem = problem;
    this.reason = reason;
  }
}
