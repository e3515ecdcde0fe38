/**
 * Predikat scales as the truth knows them (independent of the checker's presets) and scale tables
 * printed the ways offices write them: `≥ 90`, `80 – < 90`, `X ≥ 95`, `80 ≤ X < 95`, `85 s/d 100`,
 * `kurang dari 55`, `> 100`.
 */
import ExcelJS from "exceljs";
import { renderTable, Placed, Row } from "../grid";

export interface Band {
  label: string;
  /** Abbreviation some tables print beside the word (SB, B, CB, TB). */
  short?: string;
  /** Lower bound; null for the lowest band. */
  min: number | null;
  /** Whether the lower bound itself belongs to the band (≥) or not (>). */
  inclusive: boolean;
}

export interface Scale {
  id: string;
  /** Highest band first. */
  bands: Band[];
}

export function predikatOf(scale: Scale, value: number): string {
  for (const b of scale.bands) {
    if (b.min === null) return b.label;
    if (b.inclusive ? value >= b.min : value > b.min) return b.label;
  }
  return scale.bands[scale.bands.length - 1].label;
}

const band = (label: string, min: number | null, inclusive = true, short?: string): Band => ({
  label,
  min,
  inclusive,
  short,
});

/** The national default (Permendagri 86/2017). */
export const PERMENDAGRI: Scale = {
  id: "permendagri86",
  bands: [band("Sangat Tinggi", 91), band("Tinggi", 76), band("Sedang", 66), band("Rendah", 51), band("Sangat Rendah", null)],
};

/** Scales of other regions, as their own sheets print them (none is a checker preset as such). */
export const SCALES = {
  baik90: {
    id: "baik90",
    bands: [band("Sangat Baik", 90), band("Baik", 80), band("Cukup", 70), band("Kurang", null)],
  },
  memuaskan95: {
    id: "memuaskan95",
    bands: [band("Sangat Memuaskan", 95), band("Memuaskan", 80), band("Kurang Memuaskan", 65), band("Tidak Memuaskan", null)],
  },
  berhasil85: {
    id: "berhasil85",
    bands: [
      band("Sangat Berhasil", 85, true, "SB"),
      band("Berhasil", 70, true, "B"),
      band("Cukup Berhasil", 55, true, "CB"),
      band("Tidak Berhasil", null, true, "TB"),
    ],
  },
  lebih100: {
    id: "lebih100",
    bands: [band("Sangat Baik", 100, false), band("Baik", 90), band("Cukup", 75), band("Kurang", null)],
  },
  tinggi80: {
    id: "tinggi80",
    bands: [band("Sangat Tinggi", 100), band("Tinggi", 80), band("Sedang", 60), band("Rendah", null)],
  },
} satisfies Record<string, Scale>;

export type Notation = "ge" | "x" | "sd" | "range";

const num = (x: number) => String(x).replace(".", ",");

/** The printed interval of band i in a notation. */
export function interval(scale: Scale, i: number, notation: Notation): string {
  const b = scale.bands[i];
  const upper = i > 0 ? scale.bands[i - 1] : undefined;
  const hi = upper?.min ?? null;
  const top = i === 0;
  if (b.min === null) {
    if (notation === "x") return `X < ${num(hi as number)}`;
    if (notation === "sd") return `kurang dari ${num(hi as number)}`;
    return `< ${num(hi as number)}`;
  }
  if (!b.inclusive) return notation === "x" ? `X > ${num(b.min)}` : `> ${num(b.min)}`;
  if (top) {
    if (notation === "x") return `X ≥ ${num(b.min)}`;
    if (notation === "sd") return `${num(b.min)} s/d 100`;
    return `≥ ${num(b.min)}`;
  }
  const upperInclusive = upper?.inclusive === false;
  switch (notation) {
    case "x":
      return upperInclusive ? `${num(b.min)} ≤ X ≤ ${num(hi as number)}` : `${num(b.min)} ≤ X < ${num(hi as number)}`;
    case "sd":
      return upperInclusive ? `${num(b.min)} s/d ${num(hi as number)}` : `${num(b.min)} s/d ${num((hi as number) - 0.01)}`;
    case "range":
      return upperInclusive ? `${num(b.min)} – ${num(hi as number)}` : `${num(b.min)} – < ${num(hi as number)}`;
    default:
      return upperInclusive ? `${num(b.min)} – ${num(hi as number)}` : `${num(b.min)} – < ${num(hi as number)}`;
  }
}

export interface ScaleTableOptions {
  notation: Notation;
  headers?: { no?: string; interval: string; label: string; short?: string };
  withShort?: boolean;
}

/** Writes a scale table (NO | interval | predikat [| singkatan]) at (row, col0). */
export function writeScaleTable(ws: ExcelJS.Worksheet, scale: Scale, row: number, col0: number, o: ScaleTableOptions): Placed {
  const h = o.headers ?? { no: "NO", interval: "NILAI CAPAIAN (%)", label: "PREDIKAT" };
  const columns = [
    ...(h.no ? [{ key: "no", header: h.no }] : []),
    { key: "interval", header: h.interval, width: 22 },
    { key: "label", header: h.label, width: 20 },
    ...(o.withShort ? [{ key: "short", header: h.short ?? "SINGKATAN" }] : []),
  ];
  const rows: Row[] = scale.bands.map((b, i) => ({
    id: `b${i}`,
    cells: { no: i + 1, interval: interval(scale, i, o.notation), label: b.label, short: b.short },
  }));
  return renderTable(ws, { columns, rows }, row, col0);
}
