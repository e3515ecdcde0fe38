/**
 * Scores checker findings against a workbook's truth. A hit is a finding of any severity at the same
 * sheet, cell and rule id as an expected one (or one of its listed alternatives); there is no other
 * equivalence. A false alarm is an error or warning that matches nothing expected (required or
 * optional). Info findings are never false alarms; hits reported only as info are listed apart
 * (`infoHits`) because the user may overlook them.
 */
import * as fs from "fs";
import * as path from "path";
import type { Expected } from "./types";

export interface FindingLike {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message?: string;
}

export interface Score {
  id: string;
  clean: boolean;
  hits: Expected[];
  /** Hits whose only matching finding is an info. */
  infoHits: Expected[];
  misses: Expected[];
  falseAlarms: FindingLike[];
  infos: number;
}

const serious = (f: FindingLike) => f.severity === "error" || f.severity === "warning";

export function matches(e: Expected, f: FindingLike): boolean {
  const places = [{ sheet: e.sheet, cell: e.cell, rule: e.rule }, ...(e.alt ?? [])];
  return places.some((p) => (p.sheet ?? e.sheet) === f.sheet && (p.cell ?? e.cell) === f.cell && (p.rule ?? e.rule) === f.rule);
}

export function score(id: string, clean: boolean, expected: Expected[], findings: FindingLike[]): Score {
  const counted = findings.filter(serious);
  const required = expected.filter((e) => !e.optional);
  const hits = required.filter((e) => findings.some((f) => matches(e, f)));
  return {
    id,
    clean,
    hits,
    infoHits: hits.filter((e) => !counted.some((f) => matches(e, f))),
    misses: required.filter((e) => !findings.some((f) => matches(e, f))),
    falseAlarms: counted.filter((f) => !expected.some((e) => matches(e, f))),
    infos: findings.length - counted.length,
  };
}

export interface Summary {
  hits: number;
  misses: number;
  falseAlarms: number;
  recall: number;
  precision: number;
  /** Errors and warnings on the clean workbooks (all false alarms). */
  onClean: number;
  cleanWorkbooks: number;
}

export function summarize(scores: Score[]): Summary {
  const hits = scores.reduce((n, s) => n + s.hits.length, 0);
  const misses = scores.reduce((n, s) => n + s.misses.length, 0);
  const falseAlarms = scores.reduce((n, s) => n + s.falseAlarms.length, 0);
  return {
    hits,
    misses,
    falseAlarms,
    recall: hits + misses === 0 ? 1 : hits / (hits + misses),
    precision: hits + falseAlarms === 0 ? 1 : hits / (hits + falseAlarms),
    onClean: scores.filter((s) => s.clean).reduce((n, s) => n + s.falseAlarms.length, 0),
    cleanWorkbooks: scores.filter((s) => s.clean).length,
  };
}

interface FixtureTruth {
  workbook: string;
  expected: { sheet: string; cells: string[]; rule: string; optional?: boolean; note?: string }[];
}

/** The fixtures of test/fixtures with their *.truth.json, one expectation per listed cell. */
export function fixtureTruths(dir: string): { id: string; file: string; expected: Expected[] }[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".truth.json"))
    .sort()
    .map((f) => {
      const t = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as FixtureTruth;
      const expected = t.expected.flatMap((e) =>
        e.cells.map((cell) => ({ rule: e.rule, sheet: e.sheet, cell, optional: e.optional, why: e.note ?? "" })),
      );
      return { id: `fixture:${t.workbook.replace(/\.xlsx$/, "")}`, file: path.join(dir, t.workbook), expected };
    });
}

function byRule(items: { rule: string }[]): string {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(x.rule, (counts.get(x.rule) ?? 0) + 1);
  return (
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([r, n]) => `${r} ${n}`)
      .join(", ") || "none"
  );
}

const show = (f: FindingLike) => `${f.sheet}!${f.cell} ${f.rule} (${f.severity}) ${f.message ?? ""}`;
const showExpected = (e: Expected) => `${e.sheet}!${e.cell} ${e.rule} — ${e.why}`;

/** The text report of `npm run eval`. */
export function report(scores: Score[]): string {
  const lines: string[] = [];
  const w = Math.max(...scores.map((s) => s.id.length), 10);
  lines.push(`${"workbook".padEnd(w)}  clean  TP  FP  FN  info`);
  for (const s of scores)
    lines.push(
      `${s.id.padEnd(w)}  ${s.clean ? "yes  " : "     "}  ${String(s.hits.length).padStart(2)}  ${String(
        s.falseAlarms.length,
      ).padStart(2)}  ${String(s.misses.length).padStart(2)}  ${String(s.infos).padStart(4)}`,
    );
  const sum = summarize(scores);
  lines.push("");
  lines.push(`workbooks: ${scores.length} (${sum.cleanWorkbooks} clean)`);
  lines.push(`hits ${sum.hits}, misses ${sum.misses}, false alarms ${sum.falseAlarms}`);
  lines.push(`recall ${(sum.recall * 100).toFixed(1)} %, precision ${(sum.precision * 100).toFixed(1)} %`);
  const noisyClean = scores.filter((s) => s.clean && s.falseAlarms.length).length;
  lines.push(`errors/warnings on clean workbooks: ${sum.onClean} (on ${noisyClean} of ${sum.cleanWorkbooks})`);
  lines.push(`misses by rule: ${byRule(scores.flatMap((s) => s.misses))}`);
  lines.push(`false alarms by rule: ${byRule(scores.flatMap((s) => s.falseAlarms))}`);
  lines.push(
    `workbooks with false alarms: ${scores.filter((s) => s.falseAlarms.length).length}, with misses: ${
      scores.filter((s) => s.misses.length).length
    }`,
  );
  const misses = scores.flatMap((s) => s.misses.map((e) => `  ${s.id}: ${showExpected(e)}`));
  const fas = scores.flatMap((s) => s.falseAlarms.map((f) => `  ${s.id}: ${show(f)}`));
  const infoHits = scores.flatMap((s) => s.infoHits.map((e) => `  ${s.id}: ${showExpected(e)}`));
  lines.push("", `misses (${misses.length}):`, ...misses);
  lines.push("", `hits reported only as info (${infoHits.length}):`, ...infoHits);
  lines.push("", `false alarms (${fas.length}):`, ...fas);
  return lines.join("\n");
}
