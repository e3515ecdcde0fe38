/**
 * Generator of realistic LKjIP test workbooks with ExcelJS: Formulir PK / IKU indicator sheets,
 * budget (LRA) sheets with codes, roman/letter or bold-only hierarchy, SIPD LRA with rekening rows,
 * scale and recap tables; numbers typed as numbers, as Indonesian text (`1.234.567,89`) or US text
 * (`1,234,567.89`). Other tests may reuse it.
 */
import ExcelJS from "exceljs";
import Decimal from "decimal.js";

export type Style = "number" | "id" | "us";

export interface CellSpec {
  v: string | number | null | { error: string };
  fmt?: string;
  bold?: boolean;
  indent?: number;
  formula?: string;
}

export type CellInput = CellSpec | string | number | null | undefined;

export interface SheetSpec {
  name: string;
  rows: CellInput[][];
  /** A1 ranges, e.g. "A7:A9". */
  merges?: string[];
  /** Rows and columns to hide (0-based indexes into `rows` and its cells), as grouping or a filter does. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

function isSpec(c: CellInput): c is CellSpec {
  return typeof c === "object" && c !== null && "v" in c;
}

export async function buildXlsx(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) => {
      row.forEach((c, col) => {
        if (c === undefined || c === null) return;
        const cell = ws.getCell(r + 1, col + 1);
        if (isSpec(c)) {
          if (c.formula) cell.value = { formula: c.formula, result: c.v as number };
          else cell.value = c.v as ExcelJS.CellValue;
          if (c.fmt) cell.numFmt = c.fmt;
          if (c.bold) cell.font = { bold: true };
          if (c.indent) cell.alignment = { indent: c.indent };
        } else cell.value = c;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c + 1).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Formats a value as typed in the chosen style (numbers stay numbers for "number"). */
export function typed(value: number | string | Decimal, decimals: number, style: Style): string | number {
  if (typeof value === "string") return value;
  const d = new Decimal(value);
  if (style === "number") return d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toNumber();
  const fixed = d.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const group = style === "id" ? "." : ",";
  const dec = style === "id" ? "," : ".";
  const g = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac === undefined ? g : `${g}${dec}${frac}`;
}

export function capaianOf(target: number, realisasi: number, negatif = false): Decimal {
  const t = new Decimal(target);
  const r = new Decimal(realisasi);
  if (negatif) return Decimal.max(t.times(2).minus(r).times(100).div(t), 0);
  return r.times(100).div(t);
}

export interface IndicatorSpec {
  name: string;
  satuan?: string;
  target: number | string;
  realisasi: number | string;
  /** Typed capaian; default: computed and rounded to 2 decimals. */
  capaian?: number | string;
  predikat?: string;
  keterangan?: string;
  subs?: IndicatorSpec[];
}

export interface SasaranSpec {
  text: string;
  indicators: IndicatorSpec[];
}

export interface PkOptions {
  name?: string;
  title?: string;
  sasaran: SasaranSpec[];
  style?: Style;
  numberingRow?: boolean;
  predikatColumn?: boolean;
  keteranganColumn?: boolean;
  /** Closing row: label and typed value of the capaian column (value "auto" computes the indicator mean). */
  closing?: { label: string; value: number | "auto" };
  /** Merge the sasaran cells over their indicator rows (default true). */
  mergeSasaran?: boolean;
}

/** A Formulir PK / IKU sheet: NO | SASARAN | INDIKATOR | SATUAN | TARGET | REALISASI | CAPAIAN (%) [| PREDIKAT] [| KETERANGAN]. */
export function pkSheet(o: PkOptions): SheetSpec {
  const style = o.style ?? "number";
  const rows: CellInput[][] = [];
  const merges: string[] = [];
  const header = ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"];
  if (o.predikatColumn) header.push("PREDIKAT");
  if (o.keteranganColumn) header.push("KETERANGAN");
  rows.push([{ v: o.title ?? "FORMULIR PENGUKURAN KINERJA", bold: true }]);
  rows.push([]);
  rows.push(header.map((h) => ({ v: h, bold: true })));
  if (o.numberingRow) rows.push(header.map((_, i) => i + 1));
  const values: Decimal[] = [];
  o.sasaran.forEach((s, si) => {
    const first = rows.length;
    for (const [ii, ind] of s.indicators.entries()) {
      const pushRow = (x: IndicatorSpec, label: string, isSub: boolean, subValues: Decimal[] = []) => {
        const neg = /rendah|negatif/i.test(x.keterangan ?? "");
        const hasValues = x.target !== "" && x.realisasi !== "";
        const cap =
          x.capaian ??
          (hasValues && typeof x.target === "number" && typeof x.realisasi === "number"
            ? typed(capaianOf(x.target, x.realisasi, neg), 2, style)
            : "");
        const capNum =
          typeof x.capaian === "number"
            ? new Decimal(x.capaian)
            : x.capaian === undefined && hasValues && typeof x.target === "number" && typeof x.realisasi === "number"
              ? capaianOf(x.target, x.realisasi, neg).toDecimalPlaces(2, Decimal.ROUND_HALF_UP)
              : null;
        if (capNum) (isSub ? subValues : values).push(capNum);
        const row: CellInput[] = [
          rows.length === first || o.mergeSasaran === false ? `${si + 1}` : null,
          rows.length === first || o.mergeSasaran === false ? s.text : null,
          label,
          x.satuan ?? "%",
          typeof x.target === "number" ? typed(x.target, decimalsOf(x.target), style) : x.target,
          typeof x.realisasi === "number" ? typed(x.realisasi, decimalsOf(x.realisasi), style) : x.realisasi,
          cap,
        ];
        if (o.predikatColumn) row.push(x.predikat ?? "");
        if (o.keteranganColumn) row.push(x.keterangan ?? "");
        rows.push(row);
      };
      if (ind.subs) {
        const subValues: Decimal[] = [];
        pushRow({ ...ind, target: "", realisasi: "", capaian: "" }, `${ii + 1}. ${ind.name}`, false, subValues);
        for (const sub of ind.subs) pushRow(sub, `   ❖ ${sub.name}`, true, subValues);
        // Sub-indicators average into their indicator first.
        values.push(Decimal.sum(...subValues).div(subValues.length));
      } else pushRow(ind, `${ii + 1}. ${ind.name}`, false);
    }
    const last = rows.length - 1;
    if (o.mergeSasaran !== false && last > first) {
      merges.push(`A${first + 1}:A${last + 1}`, `B${first + 1}:B${last + 1}`);
    }
  });
  if (o.closing) {
    const v =
      o.closing.value === "auto"
        ? Decimal.sum(...values)
            .div(values.length)
            .toDecimalPlaces(2)
            .toNumber()
        : o.closing.value;
    const r = rows.length;
    rows.push([o.closing.label, null, null, null, null, null, v]);
    merges.push(`A${r + 1}:F${r + 1}`);
  }
  return { name: o.name ?? "Formulir PK", rows, merges };
}

function decimalsOf(n: number): number {
  const s = String(n);
  const i = s.indexOf(".");
  return i < 0 ? 0 : s.length - i - 1;
}

export interface BudgetRowSpec {
  code?: string;
  /** Second code column (letters under roman numerals). */
  code2?: string;
  uraian: string;
  anggaran: number | string | null;
  realisasi: number | string | null;
  /** Typed %; default computed (2 decimals); "" leaves the cell empty. */
  persen?: number | string | { error: string };
  bold?: boolean;
  indent?: number;
}

export interface BudgetOptions {
  name?: string;
  rows: BudgetRowSpec[];
  style?: Style;
  /** Two code columns (roman in A, letters in B). */
  twoCodeColumns?: boolean;
  /** Add a SISA column (anggaran − realisasi); `sisaOverride` plants wrong values by row index. */
  sisa?: boolean;
  sisaOverride?: Record<number, number>;
  numberingRow?: boolean;
  /** Total row: typed values; "auto" sums the top-level rows given in `topLevel`. */
  total?: { label?: string; anggaran: number | "auto"; realisasi: number | "auto" };
  /** Which rows (indexes in rows) are top level, for the auto total. Default: rows without "." in code and bold. */
  topLevel?: number[];
  codeless?: boolean;
}

/** A budget realisation (LRA) sheet: KODE | URAIAN | ANGGARAN | REALISASI [| SISA] | %. */
export function budgetSheet(o: BudgetOptions): SheetSpec {
  const style = o.style ?? "number";
  const rows: CellInput[][] = [];
  const codeCols = o.codeless ? 0 : o.twoCodeColumns ? 2 : 1;
  const header: string[] = [];
  if (codeCols >= 1) header.push(o.twoCodeColumns ? "NO" : "KODE");
  if (codeCols === 2) header.push("NO");
  header.push("URAIAN", "ANGGARAN (Rp)", "REALISASI (Rp)");
  if (o.sisa) header.push("SISA ANGGARAN (Rp)");
  header.push("%");
  rows.push([{ v: "REALISASI ANGGARAN PROGRAM DAN KEGIATAN", bold: true }]);
  rows.push(header.map((h) => ({ v: h, bold: true })));
  if (o.numberingRow) rows.push(header.map((_, i) => i + 1));
  const money = (v: number | string | null) =>
    typeof v === "number" ? { v: typed(v, 0, style), fmt: style === "number" ? "#,##0" : undefined } : v;
  o.rows.forEach((r, i) => {
    const row: CellInput[] = [];
    if (codeCols >= 1) row.push(r.code ? { v: r.code, bold: r.bold } : null);
    if (codeCols === 2) row.push(r.code2 ? { v: r.code2, bold: r.bold } : null);
    row.push({ v: r.uraian, bold: r.bold, indent: r.indent });
    row.push(money(r.anggaran), money(r.realisasi));
    if (o.sisa) {
      const s =
        o.sisaOverride?.[i] ??
        (typeof r.anggaran === "number" && typeof r.realisasi === "number" ? r.anggaran - r.realisasi : null);
      row.push(money(s));
    }
    let p: CellInput = null;
    if (r.persen !== undefined) p = typeof r.persen === "object" ? { v: r.persen } : r.persen;
    else if (typeof r.anggaran === "number" && typeof r.realisasi === "number" && r.anggaran !== 0) {
      p = typed(new Decimal(r.realisasi).times(100).div(r.anggaran), 2, style);
    }
    row.push(p);
    rows.push(row);
  });
  if (o.total) {
    const top = o.topLevel ?? o.rows.map((r, i) => (r.bold ? i : -1)).filter((i) => i >= 0);
    const sum = (k: "anggaran" | "realisasi") => top.reduce((a, i) => a + (Number(o.rows[i][k]) || 0), 0);
    const a = o.total.anggaran === "auto" ? sum("anggaran") : o.total.anggaran;
    const re = o.total.realisasi === "auto" ? sum("realisasi") : o.total.realisasi;
    const row: CellInput[] = [];
    for (let c = 0; c < codeCols; c++) row.push(c === 0 ? { v: o.total.label ?? "JUMLAH", bold: true } : null);
    if (codeCols === 0) row.push({ v: o.total.label ?? "JUMLAH", bold: true });
    else row.push(null);
    row.push(money(a), money(re));
    if (o.sisa) row.push(money(a - re));
    row.push(typed(new Decimal(re).times(100).div(a), 2, style));
    rows.push(row);
  }
  return { name: o.name ?? "Realisasi Anggaran", rows };
}

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SipdOptions {
  /** Approximate number of rows. */
  rows: number;
  seed?: number;
  style?: Style;
}

/**
 * A kabupaten-wide SIPD LRA: program (7.01.01) / kegiatan (7.01.01.2.01) / sub kegiatan
 * (7.01.01.2.01.0001) / rekening (5.1.02.01.01.0024) rows, amounts consistent at every level.
 */
export function sipdLra(o: SipdOptions): SheetSpec {
  const rand = rng(o.seed ?? 1);
  const style = o.style ?? "number";
  const rows: CellInput[][] = [];
  rows.push([{ v: "LAPORAN REALISASI ANGGARAN PEMERINTAH KABUPATEN", bold: true }]);
  rows.push(["KODE", "URAIAN", "ANGGARAN", "REALISASI", "SISA", "%"].map((h) => ({ v: h, bold: true })));
  rows.push([1, 2, 3, 4, "5=3-4", "6=4/3"]);
  const REK = 8;
  const SUB = 4;
  const KEG = 3;
  const perProgram = 1 + KEG * (1 + SUB * (1 + REK));
  const programs = Math.max(1, Math.round(o.rows / perProgram));
  const money = (v: number) => ({ v: typed(v, 0, style), fmt: style === "number" ? "#,##0" : undefined });
  const line = (code: string, uraian: string, a: number, r: number, bold: boolean): CellInput[] => [
    { v: code, bold },
    { v: uraian, bold },
    money(a),
    money(r),
    money(a - r),
    typed(a === 0 ? 0 : new Decimal(r).times(100).div(a), 2, style),
  ];
  let totalA = 0;
  let totalR = 0;
  for (let p = 1; p <= programs; p++) {
    const urusan = 1 + ((p - 1) % 7);
    const pcode = `${urusan}.${String(1 + (Math.floor((p - 1) / 7) % 99)).padStart(2, "0")}.${String(1 + Math.floor((p - 1) / 693)).padStart(2, "0")}`;
    const progRow = rows.length;
    rows.push([]);
    let pa = 0;
    let pr = 0;
    for (let k = 1; k <= KEG; k++) {
      const kcode = `${pcode}.2.${String(k).padStart(2, "0")}`;
      const kegRow = rows.length;
      rows.push([]);
      let ka = 0;
      let kr = 0;
      for (let s = 1; s <= SUB; s++) {
        const scode = `${kcode}.${String(s).padStart(4, "0")}`;
        const subRow = rows.length;
        rows.push([]);
        let sa = 0;
        let sr = 0;
        for (let j = 1; j <= REK; j++) {
          const a = 1000 * Math.floor(1000 + rand() * 50000);
          const r = Math.floor(a * (0.6 + rand() * 0.4));
          sa += a;
          sr += r;
          rows.push(line(`5.1.02.01.01.${String(j * 3).padStart(4, "0")}`, `Belanja rekening ${j}`, a, r, false));
        }
        rows[subRow] = line(scode, `Sub Kegiatan ${scode}`, sa, sr, true);
        ka += sa;
        kr += sr;
      }
      rows[kegRow] = line(kcode, `Kegiatan ${kcode}`, ka, kr, true);
      pa += ka;
      pr += kr;
    }
    rows[progRow] = line(pcode, `PROGRAM ${pcode}`, pa, pr, true);
    totalA += pa;
    totalR += pr;
  }
  rows.push([
    { v: "JUMLAH", bold: true },
    null,
    money(totalA),
    money(totalR),
    money(totalA - totalR),
    typed(new Decimal(totalR).times(100).div(totalA), 2, style),
  ]);
  return { name: "LRA SIPD", rows };
}

/**
 * Formulir PK of one sasaran with one wrong capaian (100 for 76 of 80; 95 is right) and, when `average` is
 * given, a closing "Rata-rata Capaian" row typed so: 96,67 is the mean of the capaian as typed, which the
 * fix of G2 puts off (the row should then be 95).
 */
export function wrongCapaianSheet(average?: number): SheetSpec {
  const sasaran = "Meningkatnya kualitas pelayanan publik";
  return {
    name: "Formulir PK",
    rows: [
      ["NO", "SASARAN STRATEGIS", "INDIKATOR KINERJA", "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"],
      [1, sasaran, "Indeks kepuasan masyarakat", "%", 80, 76, 100],
      [2, sasaran, "Persentase pengaduan yang ditindaklanjuti", "%", 90, 90, 100],
      [3, sasaran, "Persentase dokumen perencanaan tepat waktu", "%", 50, 45, 90],
      ...(average === undefined ? [] : [["", "Rata-rata Capaian", "", "", "", "", average]]),
    ],
    merges: ["B2:B4"],
  };
}
