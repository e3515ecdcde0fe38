/**
 * The judge of every fix the checker offers, on every registered workbook set (fixtures, the
 * generated unseen layouts, and any set added to WORKBOOK_SETS): the workbook's own cells are loaded
 * into HyperFormula (an engine independent of the add-in), text kept as text as Excel holds it, once
 * with Indonesian separators and once with US ones; each fix formula, typed as a user of that
 * setting would type it, must compute the value the finding states at the precision it is stated,
 * and each fix value must be that value (a number wherever the expected value is a number).
 * Then the value fixes are applied through the file host as "Perbaiki semua" does, one rule group of
 * a sheet at a time (each group on the workbook as it was): each fixed cell holds a number (where one
 * is expected) in its own number format, and is no longer flagged.
 */
import { HyperFormula, RawCellContent } from "hyperformula";
import type { ConfigParams } from "hyperformula";
import type { Finding } from "../../../src/core/check";
import type { Cell, Workbook } from "../../../src/core/workbook/model";
import { cellAt, isErrorValue } from "../../../src/core/workbook/model";
import { parseA1 } from "../../../src/core/workbook/address";
import { CANONICAL, INDONESIAN, localizeFormula, Notation } from "../../../src/core/formula";
import { WORKBOOK_SETS } from "../../support/workbookSets";
import { XlsxHost } from "../../../src/hosts/xlsx/XlsxHost";
import { applyFixes, runCheck } from "../../../src/app";
import type { WorkbookSettings } from "../../../src/core/settings/settings";

const SETTINGS: { name: string; notation: Notation; config: Partial<ConfigParams> }[] = [
  {
    name: "Indonesia",
    notation: INDONESIAN,
    config: { decimalSeparator: ",", thousandSeparator: ".", functionArgSeparator: ";", arrayRowSeparator: ";" },
  },
  // HyperFormula refuses "," as thousands separator next to "," between arguments; text is never
  // read by a fix formula, so the grouping of text numbers does not matter here.
  { name: "US", notation: CANONICAL, config: { decimalSeparator: ".", thousandSeparator: "", functionArgSeparator: "," } },
];

/** A cell as Excel holds it: numbers and booleans as such, text as text (never parsed), errors as errors. */
function content(cell: Cell | undefined): RawCellContent {
  const v = cell?.value ?? null;
  if (v === null || typeof v === "number" || typeof v === "boolean") return v;
  if (isErrorValue(v)) return v.error === "#DIV/0!" ? "=1/0" : "=NA()";
  return `'${v}`;
}

function engine(workbook: Workbook, config: Partial<ConfigParams>): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of workbook.sheets) sheets[s.name] = s.rows.map((row) => (row ?? []).map(content));
  return HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", ...config });
}

/** The stated expected value: a number with its decimals (Indonesian text "98,62", "839.077.360"), or text. */
function statedValue(f: Finding): { number: number; decimals: number } | { text: string } {
  const e = f.expected;
  if (typeof e === "number") return { number: e, decimals: 0 };
  const s = String(e ?? "");
  const m = /^(-?)(\d{1,3}(?:\.\d{3})*|\d+)(?:,(\d+))?$/.exec(s);
  if (!m) return { text: s };
  return { number: Number(`${m[1]}${m[2].replace(/\./g, "")}.${m[3] ?? "0"}`), decimals: m[3]?.length ?? 0 };
}

/** What the cell shows for a value: a number under a percentage format shows ×100. */
function shownNumber(value: number, cell: Cell | undefined): number {
  return /%/.test(cell?.numFmt ?? "") ? value * 100 : value;
}

/** Why `got` is not the stated value, or null when it is (within half a unit of the last stated decimal). */
function disagreement(f: Finding, got: unknown, cell: Cell | undefined): string | null {
  const stated = statedValue(f);
  if ("text" in stated) return got === stated.text ? null : `gives ${JSON.stringify(got)}, finding says “${stated.text}”`;
  if (typeof got !== "number") return `gives ${JSON.stringify(got)}, finding says ${stated.number}`;
  const shown = shownNumber(got, cell);
  const half = 0.5 * 10 ** -stated.decimals;
  return Math.abs(shown - stated.number) <= half + 1e-9 * Math.max(1, Math.abs(stated.number))
    ? null
    : `gives ${shown}, finding says ${stated.number} (${stated.decimals} decimals)`;
}

interface Judged {
  values: number;
  /** Formula fixes judged per rule. */
  byRule: Record<string, number>;
  formulas: Record<string, number>;
  mismatches: string[];
}

/** The workbook and its findings through the check flow every front end uses (stored settings apply). */
async function check(
  bytes: Uint8Array,
  settings?: Partial<WorkbookSettings>,
): Promise<{ workbook: Workbook; findings: Finding[] }> {
  const run = await runCheck(await XlsxHost.open(bytes, "judge.xlsx", "judge"), { settings });
  return { workbook: run.workbook, findings: run.result.findings };
}

async function judge(name: string, bytes: Uint8Array, tally: Judged, settings?: Partial<WorkbookSettings>): Promise<void> {
  const { workbook, findings } = await check(bytes, settings);
  const fixes = findings.filter((f) => f.fix);
  if (fixes.length === 0) return;
  const where = (f: Finding) => `${name} ${f.rule}@${f.sheet}!${f.cell}`;
  const cellOf = (f: Finding) => {
    const sheet = workbook.sheets.find((s) => s.name === f.sheet);
    const { row, col } = parseA1(f.cell);
    return { sheet, row, col, cell: sheet ? cellAt(sheet, row, col) : undefined };
  };
  for (const f of fixes) {
    const fix = f.fix!;
    tally.values++;
    const stated = statedValue(f);
    if ("number" in stated && typeof fix.value !== "number")
      tally.mismatches.push(`${where(f)}: value fix writes ${JSON.stringify(fix.value)}, not a number`);
    const wrong = disagreement(f, fix.value, cellOf(f).cell);
    if (wrong) tally.mismatches.push(`${where(f)}: value ${wrong}`);
  }
  const withFormula = fixes.filter((f) => f.fix!.formula);
  for (const f of withFormula) tally.byRule[f.rule] = (tally.byRule[f.rule] ?? 0) + 1;
  for (const setting of SETTINGS) {
    const hf = engine(workbook, setting.config);
    for (const f of withFormula) {
      const { sheet, row, col, cell } = cellOf(f);
      const sheetId = hf.getSheetId(f.sheet)!;
      const at = { sheet: sheetId, row, col };
      const typed = `=${localizeFormula(f.fix!.formula!, setting.notation)}`;
      hf.setCellContents(at, typed);
      const got = hf.getCellValue(at);
      hf.setCellContents(at, content(sheet ? cellAt(sheet, row, col) : undefined));
      tally.formulas[setting.name] = (tally.formulas[setting.name] ?? 0) + 1;
      const value = typeof got === "object" && got !== null && "value" in got ? (got as { value: string }).value : got;
      const wrong = disagreement(f, value, cell);
      if (wrong) tally.mismatches.push(`${where(f)} [${setting.name}] ${typed}: ${wrong}`);
    }
    hf.destroy();
  }
}

/** Check settings the fixes are judged under: the default, and negative indicators by T/R. */
const CHECK_SETTINGS: { name: string; settings?: Partial<WorkbookSettings> }[] = [
  { name: "bawaan" },
  { name: "negatif rasio", settings: { negativeMethod: "rasio" } },
];

describe("every offered fix gives the value its finding states (HyperFormula, Indonesian and US settings)", () => {
  for (const set of WORKBOOK_SETS) {
    for (const variant of CHECK_SETTINGS) {
      it(`${set.name} (${variant.name}): all fix values and formulas agree`, async () => {
        const tally: Judged = { values: 0, byRule: {}, formulas: {}, mismatches: [] };
        for (const wb of set.workbooks()) await judge(wb.name, await wb.bytes(), tally, variant.settings);
        console.log(
          `${set.name} (${variant.name}): ${tally.values} fixes judged by value; formulas: ${SETTINGS.map((s) => `${tally.formulas[s.name] ?? 0} ${s.name}`).join(", ")} (${JSON.stringify(tally.byRule)})`,
        );
        expect(tally.mismatches).toEqual([]);
        expect(tally.values).toBeGreaterThan(0);
      }, 120000);
    }
  }
});

/** Applies the value fixes of each rule group of each sheet in one batch; problems with what the cells then hold. */
async function applyValueFixes(name: string, bytes: Uint8Array): Promise<{ applied: number; problems: string[] }> {
  const { workbook: before, findings: all } = await check(bytes);
  const groups = new Map<string, Finding[]>();
  for (const f of all.filter((x) => x.fix)) {
    const key = `${f.sheet}#${f.rule}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  let applied = 0;
  const problems: string[] = [];
  for (const findings of groups.values()) {
    const r = await applyGroup(name, bytes, before, findings);
    applied += r.applied;
    problems.push(...r.problems);
  }
  return { applied, problems };
}

async function applyGroup(
  name: string,
  bytes: Uint8Array,
  before: Workbook,
  findings: Finding[],
): Promise<{ applied: number; problems: string[] }> {
  const host = await XlsxHost.open(bytes, "judge.xlsx", "judge");
  const outcome = await applyFixes(host, findings, "nilai", { label: "Perbaiki semua", confirmed: true });
  if (outcome.status === "nothing") return { applied: 0, problems: [] };
  if (outcome.status !== "written") return { applied: 0, problems: [`${name}: write ${outcome.status}`] };
  const { workbook: after, findings: again } = await check(await host.save());
  const still = new Set(again.map((f) => `${f.rule}@${f.sheet}!${f.cell}`));
  const problems: string[] = [];
  for (const f of findings) {
    const key = `${f.rule}@${f.sheet}!${f.cell}`;
    const { row, col } = parseA1(f.cell);
    const was = cellAt(
      before.sheets.find((x) => x.name === f.sheet)!,
      row,
      col,
    );
    const now = cellAt(
      after.sheets.find((x) => x.name === f.sheet)!,
      row,
      col,
    );
    if ("number" in statedValue(f) && typeof now?.value !== "number")
      problems.push(`${name} ${key}: holds ${JSON.stringify(now?.value)} after the fix, not a number`);
    const fmt = (c: Cell | undefined) => (c?.numFmt && c.numFmt !== "@" ? c.numFmt : "General");
    if (fmt(now) !== fmt(was)) problems.push(`${name} ${key}: number format ${fmt(was)} became ${fmt(now)}`);
    if (still.has(key)) problems.push(`${name} ${key}: still flagged after its fix`);
  }
  return { applied: outcome.entries.length, problems };
}

describe("every value fix, applied by rule group through the file host, leaves a number in the cell's own format, no longer flagged", () => {
  for (const set of WORKBOOK_SETS) {
    it(`${set.name}: all value fixes land and resolve their findings`, async () => {
      let applied = 0;
      const problems: string[] = [];
      for (const wb of set.workbooks()) {
        const r = await applyValueFixes(wb.name, await wb.bytes());
        applied += r.applied;
        problems.push(...r.problems);
      }
      console.log(`${set.name}: ${applied} value fixes applied`);
      expect(problems).toEqual([]);
      expect(applied).toBeGreaterThan(0);
    }, 120000);
  }
});
