/**
 * What an Excel number format shows of a value: how many decimals, and whether as a percentage.
 * Format codes always use "." for decimals and "," for grouping, whatever the user's locale.
 */

/** Decimals the format shows for this value; null for "General"/text/date formats (shown as typed). */
export function displayedDecimals(value: number, numFmt?: string): number | null {
  const section = numericSection(value, numFmt);
  if (section === null) return null;
  const point = section.indexOf(".");
  if (point < 0) return 0;
  const after = /^[0#?]*/.exec(section.slice(point + 1));
  return after ? after[0].length : 0;
}

/** True when the format multiplies by 100 and prints a % sign (e.g. "0.0%"). */
export function isPercentFormat(numFmt?: string): boolean {
  if (!numFmt) return false;
  return stripLiterals(numFmt).includes("%");
}

/** The section of a "pos;neg;zero;text" format that applies to the value, literals removed. */
function numericSection(value: number, numFmt?: string): string | null {
  if (!numFmt || /^general$/i.test(numFmt.trim())) return null;
  const sections = splitSections(numFmt);
  let section = sections[0];
  if (value < 0 && sections.length > 1) section = sections[1];
  else if (value === 0 && sections.length > 2) section = sections[2];
  const code = stripLiterals(section);
  if (/general/i.test(code)) return null;
  // Text (@), dates/times and fractions are not decimal displays.
  if (!/[0#?]/.test(code) || /[ymdhs@/]/i.test(code)) return null;
  return code.replace(/[eE][+-][0#?]+/, "");
}

function splitSections(numFmt: string): string[] {
  const sections: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < numFmt.length; i++) {
    const ch = numFmt[i];
    if (ch === '"') quoted = !quoted;
    if (ch === "\\" && !quoted) {
      current += ch + (numFmt[++i] ?? "");
      continue;
    }
    if (ch === ";" && !quoted) {
      sections.push(current);
      current = "";
    } else current += ch;
  }
  sections.push(current);
  return sections;
}

/** Removes quoted text, escaped characters, [color]/[$Rp-421] blocks, and _x / *x padding. */
function stripLiterals(code: string): string {
  return code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/[_*]./g, "");
}
