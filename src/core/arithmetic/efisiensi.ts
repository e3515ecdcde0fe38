/** Efficiency label of e-SAKIP systems: capaian kinerja % compared with serapan anggaran %. */
import Decimal from "decimal.js";

export type EfisiensiLabel = "efisien" | "cukup efisien" | "tidak efisien";

export interface Efisiensi {
  label: EfisiensiLabel;
  /** capaian − serapan, in percentage points. */
  selisih: Decimal;
}

const MARGIN = new Decimal(5);

export function efisiensi(capaian: Decimal, serapan: Decimal): Efisiensi {
  const selisih = capaian.minus(serapan);
  const label: EfisiensiLabel = selisih.gt(MARGIN) ? "efisien" : selisih.lt(MARGIN.negated()) ? "tidak efisien" : "cukup efisien";
  return { label, selisih };
}
