/** The predicate scales LKjIPs use, under the ids workbooks store (see domain.md). */
import Decimal from "decimal.js";
import { describeInterval } from "./band";
import { Band, PredicateScale } from "./types";

/** A category by its lower bound; it runs up to the next better category's lower bound. */
interface Step {
  label: string;
  short?: string;
  min: number | string | null;
  minInclusive?: boolean;
}

interface StepScale {
  id: string;
  name: string;
  /** Best first. */
  steps: Step[];
  /** Upper limit of the best category, when the scale has one (SAKIP, SKM: 100). */
  top?: number;
}

function fromSteps(spec: StepScale): PredicateScale {
  const bands: Band[] = [];
  spec.steps.forEach((step, i) => {
    const better = i === 0 ? null : bands[i - 1];
    const min = step.min === null ? null : new Decimal(step.min);
    const minInclusive = step.minInclusive ?? true;
    const max = better ? better.min : spec.top !== undefined ? new Decimal(spec.top) : null;
    const maxInclusive = better ? !better.minInclusive : true;
    const band: Band = { label: step.label, min, minInclusive, max, maxInclusive, interval: "" };
    if (step.short) band.short = step.short;
    band.interval = describeInterval(band);
    bands.push(band);
  });
  return { id: spec.id, name: spec.name, bands };
}

const EXCLUSIVE = { minInclusive: false };

const PRESETS: PredicateScale[] = [
  fromSteps({
    id: "permendagri86",
    name: "Permendagri 86/2017 (Sangat Tinggi – Sangat Rendah)",
    steps: [
      { label: "Sangat Tinggi", min: 91 },
      { label: "Tinggi", min: 76 },
      { label: "Sedang", min: 66 },
      { label: "Rendah", min: 51 },
      { label: "Sangat Rendah", min: null },
    ],
  }),
  // The same bounds with the words some LKjIPs print instead (Sangat Baik … Sangat Kurang).
  fromSteps({
    id: "permendagri86-baik",
    name: "Permendagri 86/2017 dengan predikat Sangat Baik – Sangat Kurang",
    steps: [
      { label: "Sangat Baik", min: 91 },
      { label: "Baik", min: 76 },
      { label: "Cukup", min: 66 },
      { label: "Kurang", min: 51 },
      { label: "Sangat Kurang", min: null },
    ],
  }),
  fromSteps({
    id: "baik4-100",
    name: "Empat kategori, Sangat Baik mulai 100",
    steps: [
      { label: "Sangat Baik", min: 100 },
      { label: "Baik", min: 85 },
      { label: "Sedang", min: 70 },
      { label: "Kurang Baik", min: null },
    ],
  }),
  fromSteps({
    id: "berhasil4",
    name: "Sangat Berhasil – Tidak Berhasil",
    steps: [
      { label: "Sangat Berhasil", short: "SB", min: 85 },
      { label: "Berhasil", short: "B", min: 70 },
      { label: "Cukup Berhasil", short: "CB", min: 55 },
      { label: "Tidak Berhasil", short: "TB", min: null },
    ],
  }),
  fromSteps({
    id: "baik4-86",
    name: "Empat kategori, Sangat Baik mulai 86",
    steps: [
      { label: "Sangat Baik", min: 86 },
      { label: "Baik", min: 70 },
      { label: "Cukup", min: 50 },
      { label: "Gagal", min: null },
    ],
  }),
  fromSteps({
    id: "baik4-lebih100",
    name: "Empat kategori, Sangat Baik di atas 100",
    steps: [
      { label: "Sangat Baik", min: 100, ...EXCLUSIVE },
      { label: "Baik", min: 76 },
      { label: "Cukup", min: 55 },
      { label: "Kurang", min: null },
    ],
  }),
  fromSteps({
    id: "sakip",
    name: "Nilai evaluasi SAKIP (PermenPANRB 88/2021)",
    top: 100,
    steps: [
      { label: "Sangat Memuaskan", short: "AA", min: 90, ...EXCLUSIVE },
      { label: "Memuaskan", short: "A", min: 80, ...EXCLUSIVE },
      { label: "Sangat Baik", short: "BB", min: 70, ...EXCLUSIVE },
      { label: "Baik", short: "B", min: 60, ...EXCLUSIVE },
      { label: "Cukup", short: "CC", min: 50, ...EXCLUSIVE },
      { label: "Kurang", short: "C", min: 30, ...EXCLUSIVE },
      { label: "Sangat Kurang", short: "D", min: 0 },
    ],
  }),
  fromSteps({
    id: "skm",
    name: "Mutu pelayanan SKM/IKM (PermenPANRB 14/2017)",
    top: 100,
    steps: [
      { label: "Sangat Baik", short: "A", min: "88.31" },
      { label: "Baik", short: "B", min: "76.61" },
      { label: "Kurang Baik", short: "C", min: 65 },
      { label: "Tidak Baik", short: "D", min: 25 },
    ],
  }),
  fromSteps({
    id: "idm",
    name: "Status Indeks Desa Membangun",
    steps: [
      { label: "Mandiri", min: "0.8155", ...EXCLUSIVE },
      { label: "Maju", min: "0.7072", ...EXCLUSIVE },
      { label: "Berkembang", min: "0.5989", ...EXCLUSIVE },
      { label: "Tertinggal", min: "0.4907", ...EXCLUSIVE },
      { label: "Sangat Tertinggal", min: null },
    ],
  }),
];

export const DEFAULT_SCALE_ID = "permendagri86";

export function getPreset(id: string): PredicateScale | null {
  const key = id.trim().toLowerCase();
  return PRESETS.find((p) => p.id === key) ?? null;
}

export function listPresets(): PredicateScale[] {
  return [...PRESETS];
}
