/** axe-core, a well-kept accessibility engine, run on a page in Chromium: its serious and critical violations. */
import { readFileSync } from "fs";
import { join } from "path";
import type { Page } from "playwright-core";
import { ROOT } from "./chromium";

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * axe-core's violations of serious or critical impact on the page as it is now. One known false positive is
 * left out, node by node: Tabster's focus-redirecting `<i data-tabster-dummy aria-hidden tabindex=0>` guards
 * (Fluent v9's known issue; microsoft/tabster#288, suppressed the same way by Accessibility Insights,
 * microsoft/accessibility-insights-web#7605). Any other aria-hidden-focus node still fails.
 */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  const alreadyThere = await page.evaluate(() => "axe" in window);
  if (!alreadyThere) await page.addScriptTag({ content: readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
  return violations
    .map((v) =>
      v.id === "aria-hidden-focus" ? { ...v, nodes: v.nodes.filter((n) => !n.html.includes("data-tabster-dummy")) } : v,
    )
    .filter((v) => v.nodes.length > 0 && (v.impact === "serious" || v.impact === "critical"));
}

export const describeSerious = (vs: AxeViolation[]) =>
  vs.map((v) => `${v.impact} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
