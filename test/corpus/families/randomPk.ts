/**
 * Formulir PK workbooks in random layouts from a seed: column order, header wording, numbering row,
 * sasaran merged / repeated / as group rows, closing rows per sasaran, value notation, rounding or
 * truncation, negative indicators, a cap, a scale table on its own sheet. Clean, or with planted errors.
 */
import { newWorkbook, renderTable, saveWorkbook, titleLine, Val } from "../grid";
import { pkTable, refreshAverages, PkIndicator, PkKey, PkOptions, PkSasaran, ValueStyle } from "../layouts/pk";
import { Notation, PERMENDAGRI, predikatOf, Scale, SCALES, writeScaleTable } from "../layouts/scale";
import { INDICATORS, OFFICES, SASARAN } from "../layouts/names";
import { applyPlants, note, Plant, signature, truthOf } from "../plant";
import { rng, Rng } from "../random";
import { capaian, idText, shown, usText } from "../values";
import type { CorpusCase } from "../types";

export const PK_ORDERS: PkKey[][] = [
  ["no", "sasaran", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "keterangan"],
  ["no", "sasaran", "indikator", "target", "satuan", "realisasi", "capaian", "keterangan"],
  ["sasaran", "no", "indikator", "target", "realisasi", "capaian", "satuan", "keterangan"],
  ["no", "indikator", "satuan", "target", "realisasi", "capaian", "predikat", "keterangan"],
  ["no", "sasaran", "indikator", "keterangan", "satuan", "target", "realisasi", "capaian", "predikat"],
];

export const PK_HEADERS: Record<PkKey, string[]> = {
  no: ["NO", "No.", "NO URUT"],
  sasaran: ["SASARAN STRATEGIS", "SASARAN", "Sasaran Strategis", "SASARAN PERANGKAT DAERAH"],
  indikator: ["INDIKATOR KINERJA", "INDIKATOR KINERJA UTAMA", "Indikator Sasaran", "INDIKATOR"],
  satuan: ["SATUAN", "SAT.", "Satuan"],
  target: ["TARGET", "TARGET KINERJA", "Target PK", "TARGET TAHUN 2024"],
  realisasi: ["REALISASI", "REALISASI KINERJA", "Realisasi s.d. Desember", "REALISASI TAHUN 2024"],
  capaian: ["CAPAIAN (%)", "% CAPAIAN", "PERSENTASE CAPAIAN (%)", "Capaian Kinerja (%)", "TINGKAT CAPAIAN (%)"],
  predikat: ["PREDIKAT", "KATEGORI", "KRITERIA", "Predikat Capaian"],
  keterangan: ["KETERANGAN", "KET.", "Keterangan"],
};

const GROUP_CLOSING = ["Rata-rata Capaian Sasaran", "Capaian Sasaran", "Rata-rata Capaian Kinerja Sasaran"];
const TABLE_CLOSING = ["Rata-rata Capaian Kinerja", "RATA-RATA CAPAIAN KINERJA", "Rata-rata Capaian Seluruh Sasaran"];
const NEGATIVE_NOTES = ["Semakin rendah semakin baik", "Indikator negatif", "Negatif", "makin kecil makin baik"];

function realisasiFor(r: Rng, ind: Omit<PkIndicator, "realisasi">): number {
  const f = ind.negative ? 0.55 + r.next() * 0.6 : 0.62 + r.next() * 0.6;
  const x = ind.target * f;
  const integer = Number.isInteger(ind.target) && !["%", "Indeks", "Nilai"].includes(ind.satuan);
  return integer ? Math.max(1, Math.round(x)) : Math.round(x * 100) / 100;
}

export function randomSasaran(r: Rng, kind: keyof typeof SASARAN, nSasaran: number, maxInd = 4): PkSasaran[] {
  const pool = r.shuffle(INDICATORS);
  let k = 0;
  return r
    .shuffle(SASARAN[kind])
    .slice(0, nSasaran)
    .map((text) => ({
      text,
      indicators: Array.from({ length: r.int(1, maxInd) }, () => {
        const base = pool[k++ % pool.length];
        return { ...base, realisasi: realisasiFor(r, base) };
      }),
    }));
}

/** A value as typed in the table's notation (for planted capaian). */
export function styled(x: number, decimals: number, style: ValueStyle): Val {
  if (style === "id-text") return idText(x, decimals);
  if (style === "us-text") return usText(x, decimals);
  if (style === "percent") return shown(x / 100, decimals + 2);
  if (style === "formula") return { f: "{realisasi}/{target}*100", v: x };
  return x;
}

export interface PkLayoutChoice {
  options: PkOptions;
  scale: Scale;
  scaleSheet?: { name: string; notation: Notation };
}

export function randomPkLayout(r: Rng): PkLayoutChoice {
  let columns = r.pick(PK_ORDERS);
  const sasaranMode = columns.includes("sasaran") ? r.pick(["merged", "first", "merged"] as const) : "row";
  const withPredikat = columns.includes("predikat");
  if (!withPredikat && r.chance(0.3)) columns = [...columns, "predikat"];
  const headers = Object.fromEntries(columns.map((k) => [k, r.pick(PK_HEADERS[k])])) as Record<PkKey, string>;
  const ownScale = r.chance(0.6);
  const scale: Scale = ownScale ? r.pick(Object.values(SCALES)) : PERMENDAGRI;
  const values = r.pick(["number", "number", "id-text", "us-text", "formula", "percent"] as ValueStyle[]);
  const options: PkOptions = {
    columns,
    headers,
    numbering: r.pick(["none", "plain", "paren", "formula"] as const),
    sasaran: sasaranMode,
    groupClosing: r.chance(0.55) ? r.pick(GROUP_CLOSING) : undefined,
    tableClosing: r.chance(0.4) ? r.pick(TABLE_CLOSING) : undefined,
    values,
    decimals: values === "percent" ? 2 : r.pick([2, 2, 2, 1, 0]),
    rounding: r.pick(["round", "round", "trunc"] as const),
    scale,
    negativeNote: r.pick(NEGATIVE_NOTES),
    sasaranNumber: r.chance(0.5) ? (i) => ["I", "II", "III", "IV"][i] : undefined,
  };
  return {
    options,
    scale,
    scaleSheet: ownScale
      ? { name: r.pick(["Skala", "Kriteria Penilaian", "Skala Nilai"]), notation: r.pick(["ge", "x", "sd", "range"] as const) }
      : undefined,
  };
}

type PlantKind = "capaian" | "predikat" | "closing" | "rusak" | "kosong" | "negatif-dibalik" | "rumus-baris";

/** Picks and builds up to n planted errors on distinct rows of a PK model. */
function pkPlants(r: Rng, sasaran: PkSasaran[], choice: PkLayoutChoice, n: number): Plant[] {
  const o = choice.options;
  const rows = sasaran.flatMap((s, si) => s.indicators.map((ind, ii) => ({ id: `s${si}.i${ii}`, ind, si, ii })));
  const used = new Set<string>();
  const plants: Plant[] = [];
  const kinds: PlantKind[] = ["capaian", "capaian", "rusak", "kosong"];
  if (o.columns.includes("predikat")) kinds.push("predikat", "predikat");
  if (o.groupClosing) kinds.push("closing");
  if (rows.some((x) => x.ind.negative)) kinds.push("negatif-dibalik");
  if (o.values === "formula") kinds.push("rumus-baris");
  for (const kind of r.shuffle(kinds)) {
    if (plants.length >= n) break;
    const free = rows.filter((x) => !used.has(x.id) && (kind !== "negatif-dibalik" || x.ind.negative));
    if (free.length === 0) continue;
    const at = r.pick(free);
    const exact = capaian(at.ind.target, at.ind.realisasi, at.ind.negative);
    const right = shown(exact, o.decimals, o.rounding);
    if (kind === "capaian") {
      const wrong = shown(right + r.pick([3.5, -4.25, 9, -12.5, 20]), o.decimals);
      plants.push({
        rowId: at.id,
        key: "capaian",
        value: o.values === "formula" ? wrong : styled(wrong, o.decimals, o.values),
        rule: "capaian",
        why: `${at.ind.realisasi} / ${at.ind.target} gives ${right}, typed ${wrong}`,
      });
    } else if (kind === "predikat") {
      const word = predikatOf(choice.scale, right);
      const other = choice.scale.bands.map((b) => b.label).filter((l) => l !== word);
      const wrong = r.pick(other);
      plants.push({ rowId: at.id, key: "predikat", value: wrong, rule: "predikat", why: `${right} is ${word}, typed ${wrong}` });
    } else if (kind === "closing") {
      const sid = `s${at.si}.close`;
      if (used.has(sid)) continue;
      used.add(sid);
      const members = sasaran[at.si].indicators.map((ind) =>
        shown(capaian(ind.target, ind.realisasi, ind.negative), o.decimals, o.rounding),
      );
      const m = members.reduce((a, b) => a + b, 0) / members.length;
      const wrong = shown(m + 6.4, o.decimals);
      plants.push({
        rowId: sid,
        key: "capaian",
        value: o.values === "formula" ? wrong : styled(wrong, o.decimals, o.values),
        rule: "rata-sasaran",
        alt: [{ rule: "rata-rata" }],
        why: `mean of the sasaran's capaian is about ${m.toFixed(2)}, typed ${wrong}`,
      });
      continue;
    } else if (kind === "rusak") {
      const text =
        o.decimals > 0
          ? idText(right, o.decimals).replace(/,(\d)/, ",$1 ")
          : `${String(right).slice(0, 1)}.${String(right).slice(1)}.5`;
      plants.push({
        rowId: at.id,
        key: "capaian",
        value: text,
        rule: "angka-rusak",
        why: `"${text}": a number broken by typing`,
      });
    } else if (kind === "kosong") {
      plants.push({
        rowId: at.id,
        key: "capaian",
        value: null,
        rule: "nilai-kosong",
        why: "capaian left empty, target and realisasi filled",
      });
    } else if (kind === "negatif-dibalik") {
      const asPositive = shown(capaian(at.ind.target, at.ind.realisasi, false), o.decimals, o.rounding);
      const inverse = shown((at.ind.target / at.ind.realisasi) * 100, o.decimals, o.rounding);
      if (Math.abs(asPositive - right) < 1 || Math.abs(asPositive - inverse) < 1) continue;
      plants.push({
        rowId: at.id,
        key: "capaian",
        value:
          o.values === "formula"
            ? { f: "{realisasi}/{target}*100", v: capaian(at.ind.target, at.ind.realisasi).toNumber() }
            : styled(asPositive, o.decimals, o.values),
        rule: "capaian",
        why: `negative indicator computed as R/T (${asPositive}); (2T − R)/T gives ${right}`,
      });
    } else if (kind === "rumus-baris") {
      const other = rows.find(
        (x) => x.id !== at.id && Math.abs(capaian(x.ind.target, at.ind.realisasi).toNumber() - exact.toNumber()) > 1,
      );
      if (!other || at.ind.negative) continue;
      const v = capaian(at.ind.target, other.ind.realisasi).toNumber();
      plants.push({
        rowId: at.id,
        key: "capaian",
        value: { f: `{realisasi@${other.id}}/{target}*100`, v },
        rule: "capaian",
        why: `formula divides the realisasi of another row (cached ${v.toFixed(2)})`,
      });
    }
    used.add(at.id);
  }
  return plants;
}

/** One line describing a PK layout choice (for the eval listing). */
export function describePk(choice: PkLayoutChoice): string {
  const o = choice.options;
  const h = o.columns.map((k) => o.headers?.[k] ?? k).join(" | ");
  return [
    h,
    `sasaran ${o.sasaran}`,
    `numbering ${o.numbering}`,
    o.groupClosing ? `closing per sasaran "${o.groupClosing}"` : "",
    o.tableClosing ? `table closing "${o.tableClosing}"` : "",
    `values ${o.values}, ${o.decimals} decimals ${o.rounding}`,
    choice.scaleSheet
      ? `scale ${choice.scale.id} on sheet "${choice.scaleSheet.name}" (${choice.scaleSheet.notation})`
      : "default scale",
  ]
    .filter(Boolean)
    .join("; ");
}

export function randomPkCase(seed: number, planted: number): CorpusCase {
  const r = rng(seed);
  const office = r.pick(OFFICES);
  const choice = randomPkLayout(r);
  const sasaran = randomSasaran(r, office.kind, r.int(2, 4));
  const plants = planted ? pkPlants(r, sasaran, choice, planted) : [];
  const sheet = r.pick(["Formulir PK", "Pengukuran Kinerja", "PK 2024", "Capaian IKU"]);
  const col0 = r.pick([0, 0, 1]);
  return {
    id: `pk-acak-${seed}${planted ? "" : "-bersih"}`,
    layout: `${office.name}, random PK: ${describePk(choice)}`,
    clean: planted === 0,
    async build() {
      const model = pkTable(sasaran, choice.options);
      applyPlants(model.spec, plants);
      refreshAverages(model, choice.options);
      const wb = newWorkbook();
      const ws = wb.addWorksheet(sheet);
      const width = choice.options.columns.length;
      titleLine(ws, 1, col0, width, "PENGUKURAN KINERJA");
      titleLine(ws, 2, col0, width, office.name.toUpperCase());
      titleLine(ws, 3, col0, width, "TAHUN ANGGARAN 2024");
      const placed = renderTable(ws, model.spec, 5, col0);
      signature(ws, placed.lastRow + 3, col0 + width - 2, "Sungai Raya", `Kepala ${office.name}`);
      if (choice.scaleSheet) {
        const ss = wb.addWorksheet(choice.scaleSheet.name);
        titleLine(ss, 1, 0, 3, "KRITERIA PENILAIAN CAPAIAN KINERJA");
        writeScaleTable(ss, choice.scale, 3, 0, { notation: choice.scaleSheet.notation });
        note(ss, 3 + choice.scale.bands.length + 2, 0, "Sumber: Peraturan Bupati tentang Evaluasi Kinerja", true);
      }
      return { xlsx: await saveWorkbook(wb), expected: truthOf(placed, plants) };
    },
  };
}
