/**
 * Realisasi anggaran (LRA) tables: program / kegiatan / sub kegiatan (/ rekening) trees coded the ways
 * offices code them (SIPD `7.01.01.2.01.0001`, dotted `1.1`, roman I/II with letters A–D, `a.`, none),
 * with one realisasi column or several (TW I..IV + JUMLAH, s.d. bulan lalu / bulan ini / s.d. bulan ini),
 * sisa and %, amounts as numbers, text in either notation, `Rp …,-` or formulas. Parents and the total
 * are the exact sums; cases plant errors by replacing cells of the model.
 */
import { Column, Row, TableSpec, Val } from "../grid";
import { idText, percent, Rounding, rpText, shown, sum, usText } from "../values";
import type { Rng } from "../random";
import { KEGIATAN, PROGRAMS, REKENING, SUB_KEGIATAN } from "./names";

export interface BudgetNode {
  code?: string;
  name: string;
  /** Leaves only: parents are the sums of their children. */
  pagu?: number;
  realisasi?: number;
  kids?: BudgetNode[];
}

export type LraKey =
  "kode" | "uraian" | "pagu" | "tw1" | "tw2" | "tw3" | "tw4" | "lalu" | "ini" | "realisasi" | "sisa" | "persen" | "keterangan";

export type AmountStyle = "number" | "id-text" | "us-text" | "rp-text" | "formula";

export interface LraOptions {
  columns: LraKey[];
  headers: Partial<Record<LraKey, string>>;
  groups?: Partial<Record<LraKey, string>>;
  numbering?: Partial<Record<LraKey, string | number>>;
  /** Where the code is written: its own column, in front of the name, or nowhere (bold shows the level). */
  codeIn: "kode" | "uraian" | "none";
  boldParents: boolean;
  indent?: boolean;
  total?: { label: string; key?: LraKey; mergeTo?: LraKey };
  amounts: AmountStyle;
  persenDecimals: number;
  rounding: Rounding;
  /** Realisasi split over quarters or months for tw1..tw4 / lalu+ini columns. */
  amountFmt?: string;
}

export interface Amounts {
  pagu: number;
  realisasi: number;
  tw: number[];
  lalu: number;
  ini: number;
}

/** Row ids: `n0`, `n0.1`, `n0.1.2` (path of child indices); `total`. */
export interface LraModel {
  spec: TableSpec;
  amounts: Map<string, Amounts>;
  nodes: Map<string, BudgetNode>;
}

function split(r: number): { tw: number[]; lalu: number; ini: number } {
  const q1 = Math.floor((r * 0.18) / 100) * 100;
  const q2 = Math.floor((r * 0.24) / 100) * 100;
  const q3 = Math.floor((r * 0.27) / 100) * 100;
  const lalu = Math.floor((r * 0.86) / 100) * 100;
  return { tw: [q1, q2, q3, r - q1 - q2 - q3], lalu, ini: r - lalu };
}

function totals(node: BudgetNode, id: string, out: Map<string, Amounts>): Amounts {
  let a: Amounts;
  if (node.kids?.length) {
    a = addUp(node.kids.map((k, i) => totals(k, `${id}.${i}`, out)));
  } else {
    const r = node.realisasi ?? 0;
    a = { pagu: node.pagu ?? 0, realisasi: r, ...split(r) };
  }
  out.set(id, a);
  return a;
}

export function amountVal(x: number, style: AmountStyle): Val {
  if (style === "id-text") return x === 0 ? "-" : idText(x, 2);
  if (style === "us-text") return usText(x, 2);
  if (style === "rp-text") return rpText(x);
  return x;
}

export function persenVal(real: number, pagu: number, o: Pick<LraOptions, "persenDecimals" | "rounding" | "amounts">): Val {
  if (pagu === 0) return real === 0 ? "-" : { e: "#DIV/0!" };
  const p = shown(percent(real, pagu), o.persenDecimals, o.rounding);
  if (o.amounts === "formula") return { f: "{realisasi}/{pagu}*100", v: percent(real, pagu).toNumber() };
  if (o.amounts === "id-text" || o.amounts === "rp-text") return idText(p, o.persenDecimals);
  if (o.amounts === "us-text") return usText(p, o.persenDecimals);
  return p;
}

export function lraTable(tree: BudgetNode[], o: LraOptions): LraModel {
  const amounts = new Map<string, Amounts>();
  const nodes = new Map<string, BudgetNode>();
  const top = tree.map((n, i) => totals(n, `n${i}`, amounts));
  const fmt = o.amountFmt ?? "#,##0";
  const pctFmt = o.persenDecimals === 0 ? "0" : `0.${"0".repeat(o.persenDecimals)}`;
  const columns: Column[] = o.columns.map((key) => ({
    key,
    header: o.headers[key] ?? key.toUpperCase(),
    group: o.groups?.[key],
    fmt: key === "persen" ? pctFmt : ["kode", "uraian", "keterangan"].includes(key) ? undefined : fmt,
    width: key === "uraian" ? 55 : key === "kode" ? 20 : 17,
  }));
  const rows: Row[] = [];
  const walk = (n: BudgetNode, id: string, depth: number) => {
    nodes.set(id, n);
    const parent = !!n.kids?.length;
    const cells: Record<string, Val> = {
      kode: o.codeIn === "kode" ? n.code : undefined,
      uraian: o.codeIn === "uraian" && n.code ? `${n.code} ${n.name}` : n.name,
      ...amountCells(
        amounts.get(id) as Amounts,
        (n.kids ?? []).map((_, i) => `${id}.${i}`),
        o,
      ),
    };
    rows.push({
      id,
      cells,
      bold: o.boldParents && parent,
      indent: o.indent && depth > 0 ? { uraian: depth } : undefined,
    });
    n.kids?.forEach((k, i) => walk(k, `${id}.${i}`, depth + 1));
  };
  tree.forEach((n, i) => walk(n, `n${i}`, 0));
  if (o.total) {
    const t = addUp(top);
    amounts.set("total", t);
    const labelKey = o.total.key ?? (o.columns.includes("kode") && o.codeIn === "kode" ? "kode" : "uraian");
    const cells: Record<string, Val> = {
      [labelKey]: o.total.label,
      ...amountCells(
        t,
        tree.map((_, i) => `n${i}`),
        o,
      ),
    };
    rows.push({ id: "total", cells, bold: true, merges: o.total.mergeTo ? [[labelKey, o.total.mergeTo]] : undefined });
  }
  return { spec: { columns, rows, numbering: o.numbering }, amounts, nodes };
}

/** The amount cells of a row; `sumOf` lists the rows it adds up (live formulas in formula style). */
function amountCells(a: Amounts, sumOf: string[], o: LraOptions): Record<string, Val> {
  const amount = (key: "pagu" | "lalu" | "ini", x: number): Val =>
    o.amounts === "formula" && sumOf.length ? { f: sumOf.map((k) => `{${key}@${k}}`).join("+"), v: x } : amountVal(x, o.amounts);
  const cells: Record<string, Val> = {
    pagu: amount("pagu", a.pagu),
    realisasi: realisasiVal(a, o, sumOf.length > 0, sumOf),
    lalu: amount("lalu", a.lalu),
    ini: amount("ini", a.ini),
    sisa:
      o.amounts === "formula" ? { f: "{pagu}-{realisasi}", v: a.pagu - a.realisasi } : amountVal(a.pagu - a.realisasi, o.amounts),
    persen: persenVal(a.realisasi, a.pagu, o),
  };
  a.tw.forEach((x, q) => (cells[`tw${q + 1}`] = amountVal(x, o.amounts)));
  return cells;
}

function addUp(parts: Amounts[]): Amounts {
  return {
    pagu: sum(parts.map((k) => k.pagu)),
    realisasi: sum(parts.map((k) => k.realisasi)),
    tw: [0, 1, 2, 3].map((q) => sum(parts.map((k) => k.tw[q]))),
    lalu: sum(parts.map((k) => k.lalu)),
    ini: sum(parts.map((k) => k.ini)),
  };
}

/** The realisasi cell: with quarter or month columns it is their sum (JUMLAH / s.d. bulan ini). */
function realisasiVal(a: Amounts, o: LraOptions, parent: boolean, kidIds: string[]): Val {
  if (o.amounts === "formula") {
    if (o.columns.includes("tw1")) return { f: "{tw1}+{tw2}+{tw3}+{tw4}", v: a.realisasi };
    if (o.columns.includes("lalu")) return { f: "{lalu}+{ini}", v: a.realisasi };
    if (parent) return { f: kidIds.map((k) => `{realisasi@${k}}`).join("+"), v: a.realisasi };
  }
  return amountVal(a.realisasi, o.amounts);
}

/** A random leaf amount: pagu in thousands, realisasi 78–100 % of it in hundreds. */
export function leafAmounts(r: Rng, min = 5_000_000, max = 250_000_000): { pagu: number; realisasi: number } {
  const pagu = Math.round(r.int(min / 1000, max / 1000)) * 1000;
  const realisasi = Math.floor((pagu * (0.78 + r.next() * 0.22)) / 100) * 100;
  return { pagu, realisasi };
}

export type CodeStyle = "sipd" | "sipd-rekening" | "dotted" | "roman-letter" | "letter-dot" | "none";

/** A program / kegiatan / sub kegiatan tree with codes in a style and realistic names. */
export function budgetTree(r: Rng, style: CodeStyle, shape: number[], prefix = "7.01"): BudgetNode[] {
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"];
  const letters = ["A", "B", "C", "D", "E", "F", "G"];
  const progNames = r.shuffle(PROGRAMS);
  const kegNames = r.shuffle(KEGIATAN);
  const subNames = r.shuffle(SUB_KEGIATAN);
  let kn = 0;
  let sn = 0;
  const [nProg, nKeg, nSub] = shape;
  const out: BudgetNode[] = [];
  for (let p = 0; p < nProg; p++) {
    const progCode: Record<CodeStyle, string | undefined> = {
      sipd: `${prefix}.${String(p + 1).padStart(2, "0")}`,
      "sipd-rekening": `${prefix}.${String(p + 1).padStart(2, "0")}`,
      dotted: `${p + 1}`,
      "roman-letter": roman[p],
      "letter-dot": `${p + 1}.`,
      none: undefined,
    };
    const prog: BudgetNode = { code: progCode[style], name: progNames[p % progNames.length], kids: [] };
    for (let k = 0; k < nKeg; k++) {
      const kegCode: Record<CodeStyle, string | undefined> = {
        sipd: `${prog.code}.2.${String(k + 1).padStart(2, "0")}`,
        "sipd-rekening": `${prog.code}.2.${String(k + 1).padStart(2, "0")}`,
        dotted: `${p + 1}.${k + 1}`,
        "roman-letter": letters[k],
        "letter-dot": `${String.fromCharCode(97 + k)}.`,
        none: undefined,
      };
      const keg: BudgetNode = { code: kegCode[style], name: kegNames[kn++ % kegNames.length], kids: [] };
      const subs = nSub;
      if (subs === 0) Object.assign(keg, leafAmounts(r), { kids: undefined });
      for (let s = 0; s < subs; s++) {
        const subCode = {
          sipd: `${keg.code}.${String(s + 1).padStart(4, "0")}`,
          "sipd-rekening": `${keg.code}.${String(s + 1).padStart(4, "0")}`,
          dotted: `${p + 1}.${k + 1}.${s + 1}`,
        }[style as "sipd" | "dotted"];
        const sub: BudgetNode = { code: subCode, name: subNames[sn++ % subNames.length] };
        if (style === "sipd-rekening") {
          sub.kids = r
            .shuffle(REKENING)
            .slice(0, 2)
            .sort((a, b) => a[0].localeCompare(b[0]))
            .map(([code, name]) => ({ code, name, ...leafAmounts(r, 1_000_000, 60_000_000) }));
        } else Object.assign(sub, leafAmounts(r));
        keg.kids?.push(sub);
      }
      prog.kids?.push(keg);
    }
    out.push(prog);
  }
  return out;
}

/** Node of a tree by id path (`n0.1.2`). */
export function nodeAt(tree: BudgetNode[], id: string): BudgetNode {
  const [first, ...rest] = id.slice(1).split(".").map(Number);
  let n = tree[first];
  for (const i of rest) n = (n.kids as BudgetNode[])[i];
  return n;
}

/** Ids of all leaves, in sheet order. */
export function leafIds(tree: BudgetNode[]): string[] {
  const out: string[] = [];
  const walk = (n: BudgetNode, id: string) => {
    if (!n.kids?.length) out.push(id);
    n.kids?.forEach((k, i) => walk(k, `${id}.${i}`));
  };
  tree.forEach((n, i) => walk(n, `n${i}`));
  return out;
}
