/**
 * `npx lkjip …` in the project runs the project's own command right after `npm install`
 * (tools/lkjip is linked into node_modules/.bin; lib/ is compiled by `prepare`).
 */
import { execFileSync } from "child_process";
import { join } from "path";
import { fixturesDir } from "../support/fixtures";

const root = join(__dirname, "..", "..");
const npx = (...args: string[]) =>
  execFileSync("npx", ["--no", "lkjip", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, npm_config_update_notifier: "false" },
  });

test("npx lkjip hitung evaluates the custom functions as Excel does", () => {
  expect(npx("hitung", "CAPAIAN", "85", "80", "--locale", "en").trim()).toBe("94.11764705882354");
  expect(npx("hitung", "CAPAIAN", "85", "80").trim()).toBe("94,11764705882354");
  expect(npx("hitung", "PREDIKAT", "100", "baik4-lebih100").trim()).toBe("Baik");
  expect(npx("hitung", "TERBILANG", "1000").trim()).toBe("seribu");
});

test("npx lkjip periksa reports a fixture's findings as JSON", () => {
  const fixture = join(fixturesDir(), "kelam-permai-2019.xlsx");
  const report = JSON.parse(npx("periksa", fixture, "--json")) as { findings: { sheet: string; cell: string; rule: string }[] };
  expect(report.findings).toContainEqual(expect.objectContaining({ sheet: "Formulir PK", cell: "G17", rule: "capaian" }));
});
