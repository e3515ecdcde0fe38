/**
 * The task pane as Excel runs it, in Chromium: a script served in place of Microsoft's office.js that
 * defines `Office` (onReady answers host Excel, requirements, document settings) and `Excel.run` over the
 * fake Excel API of test/hosts/office/fakeExcel.ts, transpiled for the browser and holding a workbook read
 * from test/fixtures. The page then loads its Office.js host exactly as inside Excel; the test reads what
 * the fake saw (`window.__fakeExcel`: selected cell, cells written) with page.evaluate.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import type { FakeCell, FakeOptions } from "../hosts/office/fakeExcel";
import type { Workbook } from "../../src/core/workbook/model";
import { isErrorValue } from "../../src/core/workbook/model";
import { ROOT } from "./chromium";

/** The modules the fake needs, by the specifier it imports them with. */
const MODULES: Record<string, string> = {
  "../../../src/core/workbook/address": "src/core/workbook/address.ts",
  fakeExcel: "test/hosts/office/fakeExcel.ts",
};

function commonJs(file: string): string {
  const source = readFileSync(join(ROOT, file), "utf8");
  return ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } })
    .outputText;
}

/** The sheets of a workbook as the fake holds them: values as Office.js reports them (errors as their text). */
export function fakeSheets(
  workbook: Workbook,
): { name: string; rows: (FakeCell | null)[][]; merges: Workbook["sheets"][0]["merges"] }[] {
  return workbook.sheets.map((s) => ({
    name: s.name,
    merges: s.merges,
    rows: s.rows.map((row) =>
      (row ?? []).map((c) => {
        if (!c || c.value === null || c.value === undefined) return null;
        const value = isErrorValue(c.value) ? c.value.error : c.value;
        const cell: FakeCell = { value };
        if (c.formula) cell.formula = c.formula;
        if (c.numFmt) cell.numFmt = c.numFmt;
        if (c.bold) cell.bold = true;
        if (c.indent) cell.indent = c.indent;
        return cell;
      }),
    ),
  }));
}

/** The office.js stand-in: Office and Excel over a FakeExcel holding `workbook`, with Excel's regional `options`. */
export function fakeOfficeScript(workbook: Workbook, options: FakeOptions = {}, displayLanguage = "id-ID"): string {
  const modules = Object.entries(MODULES)
    .map(([name, file]) => `define(${JSON.stringify(name)}, function (exports, require) {\n${commonJs(file)}\n});`)
    .join("\n");
  return `(function () {
  var registry = {};
  function define(name, body) { registry[name] = { body: body, exports: null }; }
  function require(name) {
    var m = registry[name];
    if (!m) throw new Error("fake office.js: no module " + name);
    if (!m.exports) { m.exports = {}; m.body(m.exports, require); }
    return m.exports;
  }
  ${modules}
  var excel = new (require("fakeExcel").FakeExcel)(${JSON.stringify(options)});
  ${JSON.stringify(fakeSheets(workbook))}.forEach(function (s) { excel.addSheet(s.name, s.rows, s.merges); });
  var stored = {};
  window.__fakeExcel = excel;
  window.Excel = { run: excel.run };
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: function () { return Promise.resolve({ host: "Excel", platform: "OfficeOnline" }); },
    context: {
      displayLanguage: ${JSON.stringify(displayLanguage)},
      requirements: { isSetSupported: function (name, version) { return excel.isSetSupported(name, version); } },
      document: {
        settings: {
          get: function (k) { return k in stored ? stored[k] : null; },
          set: function (k, v) { stored[k] = v; },
          remove: function (k) { delete stored[k]; },
          saveAsync: function (cb) { if (cb) cb({ status: "succeeded" }); },
        },
      },
    },
  };
})();`;
}
