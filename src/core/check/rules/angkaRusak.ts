/** angka-rusak: a number broken by typing (`97,2 2`, `1.3.69`, mixed separators) in a value column. */
import type { Rule } from "./rule";
import { forValueCells } from "./cells";
import { cellText } from "../../tables/text";

/** A damaged value may be megabytes long; the message shows its start. */
const SHOWN_CHARS = 60;

function shown(text: string): string {
  return text.length <= SHOWN_CHARS ? text : `${text.slice(0, SHOWN_CHARS)}… (${text.length} karakter)`;
}

/**
 * What is wrong with a broken number, in the words a finance officer would use: "ada spasi di tengah angka"
 * for `97,2 2`. Falls back to the parser's reason when none of the usual slips fits.
 */
export function brokenNumberHint(typed: string, parserReason?: string): string {
  const t = typed.trim();
  if (/\d\s+\d/.test(t) && !/^-?\d{1,3}( \d{3})+([.,]\d+)?$/.test(t)) return "ada spasi di tengah angka";
  if (/[.,]\s*[.,]/.test(t)) return "ada dua tanda pemisah berurutan";
  if (/-.*-/.test(t)) return "tanda minus lebih dari satu";
  if (/[^\d.,\s%+\-()Rp]/i.test(t.replace(/^rp\.?/i, ""))) return "ada huruf atau tanda lain di dalam angka";
  if (/\d[.,]\d/.test(t) && /\./.test(t) && /,/.test(t)) return "titik dan koma bercampur di tempat yang tidak lazim";
  if (/[.,]/.test(t)) return "titik atau koma di tempat yang salah (kelompok ribuan berisi tiga angka)";
  return parserReason ? parserReason.replace(/:\s*“.*”$/, "").toLowerCase() : "tidak terbaca sebagai angka";
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
        const typed = typeof value.raw === "string" ? value.raw : cellText(value.raw);
        ctx.add({
          rule: "angka-rusak",
          severity: "warning",
          sheet: table.sheet,
          cell: value.address,
          message: `Angka “${shown(typed.trim())}” tidak terbaca: ${brokenNumberHint(typed, value.text)}. Ketik ulang angkanya.`,
          expected: null,
          actual: shown(typed),
        });
      },
    );
  },
};
