/**
 * All rules, in priority order: when two rules flag the same cell, the first one's finding is kept
 * (a wrong value is reported once, by the most specific rule).
 */
import type { Rule } from "./rule";
import { nilaiErrorRule } from "./nilaiError";
import { bagiNolRule } from "./bagiNol";
import { angkaRusakRule } from "./angkaRusak";
import { selisihRule } from "./selisih";
import { efisiensiRule } from "./efisiensi";
import { capaianRule } from "./capaian";
import { rataSubRule } from "./rataSub";
import { persenAnggaranRule } from "./persenAnggaran";
import { jumlahIndukRule } from "./jumlahInduk";
import { totalRule } from "./total";
import { rowTotals } from "./totalBulan";
import { rataRataRule } from "./rataRata";
import { rataSasaranRule } from "./rataSasaran";
import { predikatRule } from "./predikat";
import { rekapPredikatRule } from "./rekapPredikat";
import { rekapStatusRule } from "./rekapStatus";
import { persenRekapRule } from "./persenRekap";
import { realisasiLebihRule } from "./realisasiLebih";
import { nilaiKosongRule } from "./nilaiKosong";
import { kodeGandaRule } from "./kodeGanda";
import { kodeLompatRule } from "./kodeLompat";
import { bedaAntarTabelRule } from "./bedaAntarTabel";
import { skalaRule } from "./skala";
import { akumulasiRule } from "./akumulasi";
import { tabelTakPastiRule } from "./tabelTakPasti";
import { koreksiRule } from "./koreksi";
import { tabelTerlewatRule } from "./tabelTerlewat";
import { surplusDefisitRule } from "./surplusDefisit";

/**
 * total across a row (totalBulan.ts: months or money quarters → their JUMLAH column) runs before the
 * parent sums and the closing rows, which accept a value matching its rows once those are fixed.
 */
const rowTotalsRule: Rule = { ...totalRule, run: rowTotals };

export const RULES: Rule[] = [
  nilaiErrorRule,
  bagiNolRule,
  angkaRusakRule,
  // Before selisih and persen-anggaran: a sisa or % right against the row total once that is fixed
  // (REALISASI = TW I + … + TW IV typed wrong) is not flagged beside it.
  rowTotalsRule,
  // Before selisih and persen-anggaran: the sisa and % of a SURPLUS row right against the surplus once
  // fixed are not flagged beside it.
  surplusDefisitRule,
  selisihRule,
  efisiensiRule,
  // Before capaian: a wrong year-end realisasi is reported at its cell, and the capaian computed from
  // the right value beside it is not flagged too.
  akumulasiRule,
  capaianRule,
  persenAnggaranRule,
  // Before predikat: a sasaran's predikat right for the mean of its indicators is not flagged beside
  // the wrong capaian sasaran this rule reports.
  rataSasaranRule,
  // predikat before the sums: a status recap (rekap-status) counts the statuses as predikat corrects
  // them, and names a wrong count before total would blame the (right) Jumlah row below it.
  predikatRule,
  rekapStatusRule,
  jumlahIndukRule,
  // Before total: a recap's Jumlah that is right while one count is wrong is checked against the
  // count once fixed (total reads the fixes of earlier rules), not flagged beside it.
  rekapPredikatRule,
  totalRule,
  rataRataRule,
  rataSubRule,
  persenRekapRule,
  realisasiLebihRule,
  nilaiKosongRule,
  kodeGandaRule,
  kodeLompatRule,
  bedaAntarTabelRule,
  skalaRule,
  tabelTakPastiRule,
  koreksiRule,
  tabelTerlewatRule,
];

export const RULE_IDS: string[] = [...new Set(RULES.map((r) => r.id))];

/** What each rule declares (title, severity, documentation), by id. */
export const RULE_INFO: Record<string, Pick<Rule, "id" | "name" | "severity" | "doc">> = Object.fromEntries(
  RULES.map((r) => [r.id, { id: r.id, name: r.name, severity: r.severity, doc: r.doc }]),
);

export type { Rule } from "./rule";
