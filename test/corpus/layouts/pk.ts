/**
 * Formulir Pengukuran Kinerja (PK) / IKU tables in the layouts offices use: any column order and
 * header wording, numbering rows, sasaran merged / repeated / as a group row, a closing row after each
 * sasaran, negative indicators marked in KETERANGAN, capped capaian, and capaian typed as numbers, text
 * (Indonesian or US), live formulas or real percents. Values are correct; cases plant errors by
 * replacing a cell of the model before it is written.
 */
import Decimal from "decimal.js";
import { Column, Row, TableSpec, Val } from "../grid";
import { capaian, idText, mean, Rounding, shown, usText } from "../values";
import { predikatOf, Scale } from "./scale";

export interface PkIndicator {
  name: string;
  satuan: string;
  target: number;
  realisasi: number;
  negative?: boolean;
  /** Decimals shown for target/realisasi (default 0 for counts, 2 otherwise). */
  decimals?: number;
}

export interface PkSasaran {
  text: string;
  indicators: PkIndicator[];
}

export type PkKey = "no" | "sasaran" | "indikator" | "satuan" | "target" | "realisasi" | "capaian" | "predikat" | "keterangan";

export type ValueStyle = "number" | "id-text" | "us-text" | "formula" | "percent";

export interface PkOptions {
  columns: PkKey[];
  headers?: Partial<Record<PkKey, string>>;
  /** Upper header per key (two-row header, e.g. "TAHUN 2024" over target/realisasi/capaian). */
  groups?: Partial<Record<PkKey, string>>;
  numbering?: "none" | "plain" | "paren" | "formula";
  /** merged: sasaran cell merged over its rows; first: written on the first row only; row: a group row above. */
  sasaran: "merged" | "first" | "row";
  /** Label of a closing row after each sasaran (its capaian = mean of the sasaran's typed capaian). */
  groupClosing?: string;
  /** Label of a closing row after the whole table. */
  tableClosing?: string;
  values: ValueStyle;
  decimals: number;
  rounding: Rounding;
  scale?: Scale;
  cap?: number;
  negativeNote?: string;
  positiveNote?: string;
  /** Roman / letter numbering of sasaran in the NO column of group rows ("" for none). */
  sasaranNumber?: (i: number) => string;
  /**
   * How a sasaran group row is written: its text (`I. Meningkatnya …`, `Sasaran 1: Meningkatnya …`),
   * bold or not (bold by default), or one cell merged across the whole table (text in its first cell).
   */
  sasaranRow?: { label?: (i: number, text: string) => string; bold?: boolean; merged?: boolean };
}

const DEFAULT_HEADERS: Record<PkKey, string> = {
  no: "NO",
  sasaran: "SASARAN STRATEGIS",
  indikator: "INDIKATOR KINERJA",
  satuan: "SATUAN",
  target: "TARGET",
  realisasi: "REALISASI",
  capaian: "CAPAIAN (%)",
  predikat: "PREDIKAT",
  keterangan: "KETERANGAN",
};

/** Row ids: `s{i}` group row, `s{i}.i{j}` indicator, `s{i}.close` closing row, `close` table closing. */
export interface PkModel {
  spec: TableSpec;
  /** Capaian as typed per indicator row id (shown value, in %). */
  capaianShown: Map<string, number>;
  /** Predikat words per row id. */
  predikat: Map<string, string>;
  /** Indicator row ids averaged by each closing row. */
  members: Map<string, string[]>;
}

function typedNumber(x: number, decimals: number, style: ValueStyle, satuan?: string): Val {
  if (style === "percent" && satuan === "%") return { n: x / 100, fmt: decimals === 0 ? "0%" : "0.00%" };
  if (style === "id-text") return idText(x, decimals);
  if (style === "us-text") return usText(x, decimals);
  return x;
}

export function pkTable(sasaran: PkSasaran[], o: PkOptions): PkModel {
  // a negative indicator must be marked where the reader can see it, or its capaian is not knowable
  if (!o.columns.includes("keterangan") && sasaran.some((s) => s.indicators.some((i) => i.negative)))
    throw new Error("negative indicators need a KETERANGAN column");
  const headers = { ...DEFAULT_HEADERS, ...o.headers };
  const pctFmt = o.values === "percent" ? "0.00%" : o.decimals === 0 ? "0" : `0.${"0".repeat(o.decimals)}`;
  const columns: Column[] = o.columns.map((key) => ({
    key,
    header: headers[key],
    group: o.groups?.[key],
    fmt: key === "capaian" ? pctFmt : undefined,
    width: key === "indikator" || key === "sasaran" ? 40 : undefined,
  }));
  const rows: Row[] = [];
  const capaianShown = new Map<string, number>();
  const predikat = new Map<string, string>();
  const members = new Map<string, string[]>();
  const allShown: Decimal[] = [];
  const allExact: Decimal[] = [];
  let no = 0;
  sasaran.forEach((s, si) => {
    if (o.sasaran === "row") {
      const style = o.sasaranRow ?? {};
      const text = style.label ? style.label(si, s.text) : s.text;
      const number = o.sasaranNumber?.(si) ?? String.fromCharCode(65 + si);
      const first = o.columns[0];
      const cells: Record<string, Val> = style.merged
        ? { [first]: text }
        : { no: number === "" ? undefined : number, [firstText(o.columns)]: text };
      const merges: [string, string][] | undefined = style.merged ? [[first, o.columns[o.columns.length - 1]]] : undefined;
      rows.push({ id: `s${si}`, cells, bold: style.bold ?? true, merges });
    }
    const shownHere: Decimal[] = [];
    const exactHere: Decimal[] = [];
    s.indicators.forEach((ind, ii) => {
      const id = `s${si}.i${ii}`;
      const exact = capaian(ind.target, ind.realisasi, ind.negative, o.cap);
      const shownValue = shown(exact, o.values === "percent" ? o.decimals + 2 : o.decimals, o.rounding);
      const pctShown = o.values === "percent" ? shown(exact, o.decimals, o.rounding) : shownValue;
      capaianShown.set(id, pctShown);
      shownHere.push(new Decimal(pctShown));
      exactHere.push(exact);
      const dec = ind.decimals ?? (Number.isInteger(ind.target) && Number.isInteger(ind.realisasi) ? 0 : 2);
      const word = o.scale ? predikatOf(o.scale, pctShown) : undefined;
      if (word) predikat.set(id, word);
      const cells: Record<string, Val> = {
        no: o.sasaran === "row" ? `${ii + 1}` : ii === 0 ? ++no : undefined,
        indikator: ind.name,
        satuan: ind.satuan,
        target: typedNumber(ind.target, dec, o.values, ind.satuan),
        realisasi: typedNumber(ind.realisasi, dec, o.values, ind.satuan),
        capaian: capaianCell(ind, exact, pctShown, o),
        predikat: word,
        keterangan: ind.negative ? (o.negativeNote ?? "Semakin rendah semakin baik") : o.positiveNote,
      };
      if (o.sasaran !== "row" && (ii === 0 || o.sasaran === "first")) cells.sasaran = ii === 0 ? s.text : undefined;
      const down: Record<string, number> = {};
      if (o.sasaran === "merged" && ii === 0)
        for (const k of ["no", "sasaran"] as const) if (o.columns.includes(k)) down[k] = s.indicators.length;
      rows.push({ id, cells, down });
    });
    allShown.push(...shownHere);
    allExact.push(...exactHere);
    const ids = s.indicators.map((_, ii) => `s${si}.i${ii}`);
    if (o.groupClosing) {
      rows.push(closingRow(`s${si}.close`, o.groupClosing, shownHere, exactHere, si, s, o));
      members.set(`s${si}.close`, ids);
    }
  });
  if (o.tableClosing) {
    rows.push(closingRow("close", o.tableClosing, allShown, allExact, -1, undefined, o));
    members.set("close", [...capaianShown.keys()]);
  }
  const numbering = numberingRow(o);
  return { spec: { columns, rows, numbering }, capaianShown, predikat, members };
}

/**
 * After planting: a closing row that is a live AVERAGE formula caches the mean of the numbers its
 * range really holds (text and empty cells ignored, as Excel does), and its predikat follows.
 */
export function refreshAverages(model: PkModel, o: PkOptions): void {
  if (o.values !== "formula") return;
  const byId = new Map(model.spec.rows.map((r) => [r.id, r]));
  for (const [closeId, ids] of model.members) {
    const row = byId.get(closeId);
    const cell = row?.cells.capaian;
    if (!row || !cell || typeof cell !== "object" || !("f" in cell)) continue;
    const nums = ids
      .map((id) => byId.get(id)?.cells.capaian)
      .map((v) => (typeof v === "number" ? v : v && typeof v === "object" && "f" in v && typeof v.v === "number" ? v.v : null))
      .filter((v): v is number => v !== null);
    if (nums.length === 0) continue;
    const m = mean(nums);
    row.cells.capaian = { f: cell.f, v: m.toNumber() };
    if (o.scale && row.cells.predikat !== undefined) row.cells.predikat = predikatOf(o.scale, shown(m, o.decimals, o.rounding));
  }
}

function firstText(columns: PkKey[]): PkKey {
  return columns.includes("sasaran") ? "sasaran" : "indikator";
}

function capaianCell(ind: PkIndicator, exact: Decimal, pctShown: number, o: PkOptions): Val {
  switch (o.values) {
    case "percent":
      return shown(exact.div(100), o.decimals + 2, o.rounding);
    case "formula": {
      const f = ind.negative ? "(2*{target}-{realisasi})/{target}*100" : "{realisasi}/{target}*100";
      const capped = o.cap !== undefined ? `MIN(${o.cap},${f})` : f;
      return { f: capped, v: exact.toNumber() };
    }
    case "id-text":
      return idText(pctShown, o.decimals);
    case "us-text":
      return usText(pctShown, o.decimals);
    default:
      return pctShown;
  }
}

function closingRow(
  id: string,
  label: string,
  shownValues: Decimal[],
  exact: Decimal[],
  si: number,
  s: PkSasaran | undefined,
  o: PkOptions,
): Row {
  const m = mean(shownValues);
  const shownMean = shown(m, o.decimals, o.rounding);
  const labelKey: PkKey = o.columns.includes("indikator") ? "indikator" : firstText(o.columns);
  let value: Val;
  if (o.values === "formula" && s) {
    value = { f: `AVERAGE({capaian@s${si}.i0:s${si}.i${s.indicators.length - 1}})`, v: mean(exact).toNumber() };
  } else if (o.values === "percent") value = shown(m.div(100), o.decimals + 2, o.rounding);
  else value = typedNumber(shownMean, o.decimals, o.values);
  const cells: Record<string, Val> = { [labelKey]: label, capaian: value };
  // A live AVERAGE shows the mean of the exact capaian above it (rounded by its format): its predikat follows that.
  const meanShown = o.values === "formula" && s ? shown(mean(exact), o.decimals) : shownMean;
  if (o.scale && o.columns.includes("predikat")) cells.predikat = predikatOf(o.scale, meanShown);
  return { id, cells, bold: true };
}

function numberingRow(o: PkOptions): Record<string, string | number> | undefined {
  if (!o.numbering || o.numbering === "none") return undefined;
  const out: Record<string, string | number> = {};
  o.columns.forEach((k, i) => {
    const n = i + 1;
    if (o.numbering === "plain") out[k] = n;
    else if (o.numbering === "paren") out[k] = `(${n})`;
    else {
      const t = o.columns.indexOf("target") + 1;
      const r = o.columns.indexOf("realisasi") + 1;
      out[k] = k === "capaian" ? `${n}=(${r}/${t})x100` : n;
    }
  });
  return out;
}

/** Replaces one logical cell of a model (a planted error). */
export function setCell(spec: TableSpec, rowId: string, key: string, v: Val): void {
  const row = spec.rows.find((r) => r.id === rowId);
  if (!row) throw new Error(`no row ${rowId}`);
  row.cells[key] = v;
}
