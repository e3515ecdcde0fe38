/**
 * Realisasi anggaran workbooks in random layouts from a seed: code style (SIPD, SIPD with rekening,
 * dotted, roman + letters, `a.`, none), column order and wording, one or several realisasi columns,
 * numbering row with the column formulas, amount notation, % decimals. Clean, or with planted errors.
 */
import { newWorkbook, renderTable, saveWorkbook, titleLine, Val } from "../grid";
import {
  amountVal,
  budgetTree,
  BudgetNode,
  CodeStyle,
  leafIds,
  LraKey,
  LraModel,
  LraOptions,
  lraTable,
  nodeAt,
  persenVal,
} from "../layouts/lra";
import { OFFICES } from "../layouts/names";
import { applyPlants, note, Plant, signature, truthOf } from "../plant";
import { rng, Rng } from "../random";
import { idText, percent, shown } from "../values";
import type { CorpusCase, Expected } from "../types";

type Template = { columns: LraKey[]; realisasi: "single" | "quarters" | "bulan" };

const TEMPLATES: Template[] = [
  { columns: ["kode", "uraian", "pagu", "realisasi", "sisa", "persen"], realisasi: "single" },
  { columns: ["kode", "uraian", "pagu", "realisasi", "persen", "sisa"], realisasi: "single" },
  { columns: ["kode", "uraian", "pagu", "tw1", "tw2", "tw3", "tw4", "realisasi", "sisa", "persen"], realisasi: "quarters" },
  { columns: ["kode", "uraian", "pagu", "lalu", "ini", "realisasi", "sisa", "persen"], realisasi: "bulan" },
  { columns: ["uraian", "pagu", "realisasi", "persen", "keterangan"], realisasi: "single" },
  { columns: ["kode", "uraian", "pagu", "realisasi", "sisa"], realisasi: "single" },
];

const HEADERS: Record<string, string[]> = {
  kode: ["KODE", "KODE REKENING", "NO", "NO."],
  uraian: ["URAIAN", "PROGRAM/KEGIATAN/SUB KEGIATAN", "Program / Kegiatan", "NAMA PROGRAM/KEGIATAN"],
  pagu: ["ANGGARAN", "PAGU ANGGARAN (Rp)", "PAGU DPA", "ANGGARAN SETELAH PERUBAHAN", "Alokasi Anggaran (Rp)"],
  realisasi: ["REALISASI", "REALISASI (Rp)", "Realisasi Keuangan", "REALISASI ANGGARAN"],
  sisa: ["SISA ANGGARAN", "SISA", "Sisa Anggaran (Rp)", "SELISIH"],
  persen: ["%", "(%)", "PERSENTASE", "SERAPAN (%)", "REALISASI (%)", "% REALISASI"],
  keterangan: ["KETERANGAN", "KET"],
};

export interface LraChoice {
  style: CodeStyle;
  options: LraOptions;
  template: Template;
}

function numberingFor(columns: LraKey[], r: Rng): Partial<Record<LraKey, string | number>> | undefined {
  const kind = r.pick(["none", "plain", "formula"] as const);
  if (kind === "none") return undefined;
  const n = (k: LraKey) => columns.indexOf(k) + 1;
  return Object.fromEntries(
    columns.map((k, i) => {
      if (kind === "formula" && k === "sisa") return [k, `${i + 1} = ${n("pagu")} - ${n("realisasi")}`];
      if (kind === "formula" && k === "persen") return [k, `${i + 1} = ${n("realisasi")} / ${n("pagu")} x 100`];
      if (kind === "formula" && k === "realisasi" && columns.includes("lalu"))
        return [k, `${i + 1} = ${n("lalu")} + ${n("ini")}`];
      return [k, i + 1];
    }),
  );
}

export function randomLraChoice(r: Rng, forced?: CodeStyle): LraChoice {
  const picked = r.pick(["sipd", "sipd-rekening", "dotted", "roman-letter", "letter-dot", "none", "sipd"] as CodeStyle[]);
  const style = forced ?? picked;
  let template = r.pick(TEMPLATES);
  if (style === "none" && !template.columns.includes("kode")) template = TEMPLATES[0];
  const columns = style === "none" ? template.columns.filter((k) => k !== "kode") : template.columns;
  const headers: Partial<Record<LraKey, string>> = Object.fromEntries(
    columns.filter((k) => HEADERS[k]).map((k) => [k, r.pick(HEADERS[k])]),
  );
  let groups: Partial<Record<LraKey, string>> | undefined;
  if (template.realisasi === "quarters") {
    const grouped = r.chance(0.5);
    ["tw1", "tw2", "tw3", "tw4"].forEach(
      (k, q) =>
        (headers[k as LraKey] = grouped ? `TW ${["I", "II", "III", "IV"][q]}` : `REALISASI TW ${["I", "II", "III", "IV"][q]}`),
    );
    headers.realisasi = grouped ? "JUMLAH" : "JUMLAH REALISASI";
    if (grouped) groups = { tw1: "REALISASI", tw2: "REALISASI", tw3: "REALISASI", tw4: "REALISASI", realisasi: "REALISASI" };
  }
  if (template.realisasi === "bulan") {
    headers.lalu = "s.d. Bulan Lalu";
    headers.ini = "Bulan Ini";
    headers.realisasi = "s.d. Bulan Ini";
    groups = { lalu: "REALISASI (Rp)", ini: "REALISASI (Rp)", realisasi: "REALISASI (Rp)" };
  }
  if (headers.kode === "NO" || headers.kode === "NO.")
    headers.kode = style === "roman-letter" || style === "letter-dot" ? headers.kode : "KODE";
  const amounts = r.pick(["number", "number", "number", "id-text", "us-text", "rp-text", "formula"] as const);
  const options: LraOptions = {
    columns,
    headers,
    groups,
    numbering: groups ? undefined : numberingFor(columns, r),
    codeIn: style === "none" ? "none" : columns.includes("kode") ? "kode" : "uraian",
    boldParents: style === "none" || r.chance(0.7),
    indent: r.chance(0.3),
    total: {
      label: r.pick(["JUMLAH", "TOTAL", "JUMLAH BELANJA", "Jumlah Total"]),
      mergeTo: columns.includes("kode") ? "uraian" : undefined,
    },
    amounts,
    persenDecimals: r.pick([2, 2, 2, 0]),
    rounding: r.pick(["round", "round", "trunc"] as const),
  };
  return { style, options, template };
}

export function describeLra(c: LraChoice): string {
  const o = c.options;
  return [
    `codes ${c.style}`,
    o.columns.map((k) => (o.groups?.[k] ? `${o.groups[k]}/${o.headers[k]}` : (o.headers[k] ?? k))).join(" | "),
    o.numbering ? "numbering row" : "",
    `amounts ${o.amounts}`,
    `% ${o.persenDecimals} decimals ${o.rounding}`,
    o.boldParents ? "bold parents" : "",
  ]
    .filter(Boolean)
    .join("; ");
}

type Kind = "persen" | "induk" | "total" | "sisa" | "lebih" | "div0" | "rusak" | "lompat" | "ganda";

interface TreePlan {
  tree: BudgetNode[];
  /** Plants decided on the tree itself (before sums): ids and rules. */
  pre: { kind: Kind; id: string; why: string }[];
}

/** Plants that change the tree (over-spent leaf, zero pagu, skipped or duplicated code). */
function planTree(r: Rng, c: LraChoice, kinds: Kind[], tree: BudgetNode[]): TreePlan {
  const pre: TreePlan["pre"] = [];
  for (const kind of kinds) {
    const leaves = leafIds(tree);
    if (kind === "lebih") {
      const id = r.pick(leaves.filter((l) => l.split(".").length > 2));
      if (!id) continue;
      const n = nodeAt(tree, id);
      n.realisasi = (n.pagu as number) + 1_250_000;
      pre.push({ kind, id, why: `realisasi ${idText(n.realisasi)} above pagu ${idText(n.pagu as number)}` });
    } else if (kind === "div0") {
      const parentId = leaves[0].split(".").slice(0, -1).join(".");
      const parent = nodeAt(tree, parentId);
      parent.kids?.push({ code: nextCode(parent), name: "Penyediaan Jasa Surat Menyurat", pagu: 0, realisasi: 0 });
      pre.push({ kind, id: `${parentId}.${(parent.kids?.length ?? 1) - 1}`, why: "pagu 0: % is #DIV/0!" });
    } else if (kind === "lompat" && ["dotted", "roman-letter", "letter-dot"].includes(c.style)) {
      const prog = tree[0];
      const last = prog.kids?.[prog.kids.length - 1];
      if (!last?.code || (prog.kids?.length ?? 0) < 2) continue;
      last.code = skip(last.code);
      pre.push({ kind, id: `n0.${(prog.kids?.length ?? 1) - 1}`, why: `code jumps to ${last.code}` });
    } else if (kind === "ganda" && c.style === "sipd-rekening") {
      const id = leaves[leaves.length - 1];
      const parentId = id.split(".").slice(0, -1).join(".");
      const parent = nodeAt(tree, parentId);
      const first = parent.kids?.[0] as BudgetNode;
      parent.kids?.push({ code: first.code, name: first.name, pagu: 2_400_000, realisasi: 2_350_000 });
      pre.push({
        kind,
        id: `${parentId}.${(parent.kids?.length ?? 1) - 1}`,
        why: `rekening ${first.code} twice under one sub kegiatan`,
      });
    }
  }
  return { tree, pre };
}

function nextCode(parent: BudgetNode): string | undefined {
  const last = parent.kids?.[parent.kids.length - 1]?.code;
  if (!last) return undefined;
  const m = /^(.*?)(\d+)(\D*)$/.exec(last);
  if (!m) return undefined;
  return `${m[1]}${String(Number(m[2]) + 1).padStart(m[2].length, "0")}${m[3]}`;
}

function skip(code: string): string {
  const roman = ["I", "II", "III", "IV", "V", "VI", "VII"];
  if (/^[A-Z]$/.test(code)) return String.fromCharCode(code.charCodeAt(0) + 1);
  if (/^[a-z]\.$/.test(code)) return `${String.fromCharCode(code.charCodeAt(0) + 1)}.`;
  if (roman.includes(code)) return roman[roman.indexOf(code) + 1];
  const m = /^(.*?)(\d+)$/.exec(code) as RegExpExecArray;
  return `${m[1]}${Number(m[2]) + 1}`;
}

/** Plants on the written cells (wrong %, parent, total, sisa, broken number). */
function cellPlants(r: Rng, model: LraModel, c: LraChoice, kinds: Kind[], taken: Set<string>): Plant[] {
  const o = c.options;
  const plants: Plant[] = [];
  const ids = [...model.amounts.keys()].filter((id) => id !== "total" && !taken.has(id));
  const leaves = ids.filter((id) => !model.nodes.get(id)?.kids?.length && (model.amounts.get(id)?.pagu ?? 0) > 0);
  const parents = ids.filter((id) => model.nodes.get(id)?.kids?.length);
  const take = (id: string) => taken.add(id);
  for (const kind of kinds) {
    if (kind === "persen" && o.columns.includes("persen")) {
      const id = r.pick(leaves.filter((x) => !taken.has(x)));
      if (!id) continue;
      const a = model.amounts.get(id)!;
      const right = shown(percent(a.realisasi, a.pagu), o.persenDecimals, o.rounding);
      const wrong = shown(right + r.pick([2.37, -2.5, 4]), o.persenDecimals);
      take(id);
      plants.push({
        rowId: id,
        key: "persen",
        value: asPersen(wrong, o),
        rule: "persen-anggaran",
        why: `${right} expected, typed ${wrong}`,
      });
    } else if (kind === "induk" && parents.length && o.amounts !== "formula") {
      const id = r.pick(parents.filter((x) => !taken.has(x)));
      if (!id) continue;
      const a = model.amounts.get(id)!;
      const wrong = a.pagu + r.pick([10_000_000, 900_000, -1_500_000]);
      take(id);
      plants.push({
        rowId: id,
        key: "pagu",
        value: amountVal(wrong, o.amounts),
        rule: "jumlah-induk",
        why: `children sum to ${idText(a.pagu)}, typed ${idText(wrong)}`,
      });
      plants.push(...consistent(id, wrong, a.realisasi, o));
    } else if (kind === "total" && o.total) {
      const t = model.amounts.get("total")!;
      const wrong = t.realisasi - 600;
      taken.add("total");
      plants.push({
        rowId: "total",
        key: "realisasi",
        value: amountVal(wrong, o.amounts === "formula" ? "number" : o.amounts),
        rule: "total",
        why: `rows sum to ${idText(t.realisasi)}, typed ${idText(wrong)}`,
      });
      plants.push(...consistent("total", t.pagu, wrong, o));
    } else if (kind === "sisa" && o.columns.includes("sisa")) {
      const id = r.pick(leaves.filter((x) => !taken.has(x)));
      if (!id) continue;
      const a = model.amounts.get(id)!;
      const wrong = a.pagu - a.realisasi + 90_000;
      take(id);
      plants.push({
        rowId: id,
        key: "sisa",
        value: amountVal(wrong, o.amounts === "formula" ? "number" : o.amounts),
        rule: "selisih",
        why: `${idText(a.pagu)} − ${idText(a.realisasi)} = ${idText(a.pagu - a.realisasi)}, typed ${idText(wrong)}`,
      });
    } else if (kind === "rusak" && o.columns.includes("persen")) {
      const id = r.pick(leaves.filter((x) => !taken.has(x)));
      if (!id) continue;
      const a = model.amounts.get(id)!;
      const right = shown(percent(a.realisasi, a.pagu), 2, o.rounding);
      const text = idText(right, 2).replace(/,(\d)/, ",$1 ");
      take(id);
      plants.push({ rowId: id, key: "persen", value: text, rule: "angka-rusak", why: `"${text}": a number broken by typing` });
    }
  }
  return plants;
}

function asPersen(x: number, o: LraOptions): Val {
  if (o.amounts === "id-text" || o.amounts === "rp-text") return idText(x, o.persenDecimals);
  if (o.amounts === "us-text") return x.toFixed(o.persenDecimals);
  return x;
}

/** A wrong typed amount's own sisa and % follow it (they are computed from it). */
function consistent(id: string, pagu: number, realisasi: number, o: LraOptions): Plant[] {
  const out: Plant[] = [];
  const style = o.amounts === "formula" ? "number" : o.amounts;
  const quiet = { rule: "-", why: "follows the typed amount" };
  if (o.columns.includes("sisa")) out.push({ rowId: id, key: "sisa", value: amountVal(pagu - realisasi, style), ...quiet });
  if (o.columns.includes("persen"))
    out.push({ rowId: id, key: "persen", value: persenVal(realisasi, pagu, { ...o, amounts: style }), ...quiet });
  return out;
}

/** A random budget case; `style` forces the code style (and plants its code error first). */
export function randomLraCase(seed: number, planted: number, style?: CodeStyle): CorpusCase {
  const r = rng(seed);
  const office = r.pick(OFFICES);
  const choice = randomLraChoice(r, style);
  const shape =
    choice.style === "roman-letter"
      ? [2, 4, 0]
      : choice.style === "letter-dot" || choice.style === "none"
        ? [3, 3, 0]
        : [r.int(2, 3), r.int(1, 3), r.int(1, 3)];
  const tree = budgetTree(r, choice.style, shape, office.prefix);
  const shuffled: Kind[] = r.shuffle(["persen", "induk", "total", "sisa", "lebih", "div0", "rusak", "lompat", "ganda"] as Kind[]);
  const codeKind: Kind = style === "sipd-rekening" ? "ganda" : "lompat";
  const all = style ? [codeKind, ...shuffled.filter((k) => k !== codeKind)] : shuffled;
  const kinds = all
    .filter((k) => k !== "lompat" || ["dotted", "roman-letter", "letter-dot"].includes(choice.style))
    .filter((k) => k !== "ganda" || choice.style === "sipd-rekening")
    .slice(0, planted);
  const plan = planTree(r, choice, kinds, tree);
  const sheet = r.pick(["Realisasi Anggaran", "LRA", "Realisasi Keuangan", "Serapan Anggaran"]);
  const col0 = r.pick([0, 0, 1]);
  return {
    id: `lra-acak-${seed}${style ? `-${style}` : ""}${planted ? "" : "-bersih"}`,
    layout: `${office.name}, random budget: ${describeLra(choice)}`,
    clean: planted === 0,
    async build() {
      const model = lraTable(plan.tree, choice.options);
      const taken = new Set(plan.pre.map((p) => p.id));
      const plants = cellPlants(rng(seed + 1), model, choice, kinds, taken);
      for (const p of plan.pre)
        if (p.kind === "div0" && choice.options.columns.includes("persen"))
          plants.push({ rowId: p.id, key: "persen", value: { e: "#DIV/0!" }, rule: "-", why: "" });
      applyPlants(model.spec, plants);
      const wb = newWorkbook();
      const ws = wb.addWorksheet(sheet);
      const width = choice.options.columns.length;
      titleLine(ws, 1, col0, width, "LAPORAN REALISASI ANGGARAN BELANJA");
      titleLine(ws, 2, col0, width, office.name.toUpperCase());
      note(ws, 3, col0, "Periode : 1 Januari 2024 s.d. 31 Desember 2024");
      const placed = renderTable(ws, model.spec, 5, col0);
      signature(ws, placed.lastRow + 3, col0 + width - 2, "Sungai Raya", "Pengguna Anggaran");
      const expected: Expected[] = truthOf(
        placed,
        plants.filter((p) => p.rule !== "-"),
      );
      for (const p of plan.pre) expected.push(...preTruth(p, placed, choice, model));
      return { xlsx: await saveWorkbook(wb), expected };
    },
  };
}

function preTruth(p: TreePlan["pre"][number], placed: ReturnType<typeof renderTable>, c: LraChoice, model: LraModel): Expected[] {
  const sheet = placed.sheet;
  if (p.kind === "lebih") {
    const out: Expected[] = [{ rule: "realisasi-lebih", sheet, cell: placed.addr(p.id, "realisasi"), why: p.why }];
    // an ancestor pushed over its own pagu by the over-spent leaf is over too
    const parts = p.id.split(".");
    for (let i = parts.length - 1; i >= 1; i--) {
      const up = parts.slice(0, i).join(".");
      const a = model.amounts.get(up);
      if (a && a.realisasi > a.pagu)
        out.push({ rule: "realisasi-lebih", sheet, cell: placed.addr(up, "realisasi"), why: "ancestor over its pagu" });
    }
    return out;
  }
  if (p.kind === "div0")
    return c.options.columns.includes("persen")
      ? [{ rule: "bagi-nol", sheet, cell: placed.addr(p.id, "persen"), why: p.why }]
      : [];
  const codeKey = c.options.codeIn === "kode" ? "kode" : "uraian";
  if (p.kind === "lompat") return [{ rule: "kode-lompat", sheet, cell: placed.addr(p.id, codeKey), why: p.why }];
  if (p.kind === "ganda") return [{ rule: "kode-ganda", sheet, cell: placed.addr(p.id, codeKey), why: p.why }];
  return [];
}
