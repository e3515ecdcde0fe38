/** Every custom function by the name users type, with the implementation Excel and the CLI share. */
import { CAPAIAN } from "./capaian";
import { SERAPAN, SISA } from "./budget";
import { PREDIKAT } from "./predikat";
import { CAPAIAN_SASARAN } from "./sasaran";
import { TERBILANG } from "./terbilang";
import { CellOut } from "./matrix";

export interface FunctionParam {
  name: string;
  optional: boolean;
}

export interface FunctionSpec {
  name: string;
  /** One line in Indonesian, for help texts. */
  summary: string;
  params: FunctionParam[];
  run: (...args: unknown[]) => CellOut[][];
}

const required = (name: string): FunctionParam => ({ name, optional: false });
const optional = (name: string): FunctionParam => ({ name, optional: true });

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    name: "CAPAIAN",
    summary: "Capaian kinerja dalam persen (realisasi/target × 100; indikator negatif dengan metode selisih atau rasio)",
    params: [required("target"), required("realisasi"), optional("polaritas"), optional("metode"), optional("batas_atas")],
    run: CAPAIAN,
  },
  {
    name: "SERAPAN",
    summary: "Persentase realisasi (serapan) anggaran",
    params: [required("anggaran"), required("realisasi")],
    run: SERAPAN,
  },
  {
    name: "SISA",
    summary: "Sisa anggaran (anggaran − realisasi)",
    params: [required("anggaran"), required("realisasi")],
    run: SISA,
  },
  {
    name: "PREDIKAT",
    summary: "Predikat capaian menurut skala bawaan atau tabel skala",
    params: [required("capaian"), optional("skala")],
    run: PREDIKAT,
  },
  {
    name: "CAPAIAN_SASARAN",
    summary: "Capaian sasaran dari capaian indikatornya (rata-rata, tertimbang, kelompok)",
    params: [required("capaian_range"), optional("metode"), optional("bobot_range")],
    run: CAPAIAN_SASARAN,
  },
  {
    name: "TERBILANG",
    summary: "Bilangan dalam kata-kata bahasa Indonesia",
    params: [required("angka"), optional("satuan")],
    run: TERBILANG,
  },
];

export function findFunction(name: string): FunctionSpec | null {
  const key = name.trim().toUpperCase();
  return FUNCTIONS.find((f) => f.name === key) ?? null;
}
