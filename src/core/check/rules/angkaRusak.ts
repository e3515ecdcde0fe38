/** angka-rusak: a number broken by typing (`97,2 2`, `1.3.69`, mixed separators) in a value column. */
import type { Rule } from "./rule";
import { forValueCells } from "./cells";
import { cellText } from "../../tables/text";

/** A damaged value may be megabytes long; the message shows its start. */
const SHOWN_CHARS = 60;

function shown(text: string): string {
  return text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS)}… (${text.length} karakter)`;
}

export const angkaRusakRule: Rule = {
  id: "angka-rusak",
  name: "Angka salah ketik",
  severity: "warning",
  doc: "Sel yang mestinya angka tetapi tidak dapat dibaca sebagai angka (97,2 2; 1.3.69).",
  run(ctx) {
    forValueCells(
      ctx,
      (raw) => typeof raw === "string",
      ({ table, value }) => {
        if (value.kind !== "broken") return;
        ctx.add({
          rule: "angka-rusak",
          severity: "warning",
          sheet: table.sheet,
          cell: value.address,
          message: `Angka tidak dapat dibaca: ${shown(value.text ?? cellText(value.raw))}. Ketik ulang angkanya.`,
          expected: null,
          actual: shown(typeof value.raw === "string" ? value.raw : cellText(value.raw)),
        });
      },
    );
  },
};
