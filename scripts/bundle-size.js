#!/usr/bin/env node
/**
 * Gzip sizes of what Excel loads, against the budgets:
 *   task pane   ≤ 350 KB gzip: taskpane.js + the other scripts taskpane.html loads (not functions.js, not
 *                office.js) + every lazy chunk that is not standalone-only;
 *   functions   ≤  60 KB gzip: functions.js + the chunks the page loads before it (the chunk shared
 *               with the task pane: decimal.js and the core; loaded once, counted in both budgets).
 * Lazy chunks for the standalone page only (ExcelJS and the file host) are listed, not budgeted.
 * Usage: node scripts/bundle-size.js [distDir]   (exit 1 over budget, 2 when dist/ is missing)
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
const BUDGET = { taskpane: 350 * 1024, functions: 60 * 1024 };

function gz(file) {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!fs.existsSync(path.join(dist, "taskpane.html")) || !fs.existsSync(path.join(dist, "functions.js"))) {
  console.error(`bundle-size: ${dist} has no build (taskpane.html, functions.js). Run \`npm run build\` first.`);
  process.exit(2);
}

const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
// Minified HTML may leave attribute values unquoted: src=taskpane.js
const scripts = [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
  .map((m) => (m[1] || m[2] || m[3]).replace(/^\.?\//, "").split("?")[0])
  .filter((src) => !/^https?:/.test(src) && !/office(-js)?\/|office\.js$/.test(src));

const initial = new Set(scripts.map((s) => path.join(dist, s)));
const all = [];
(function walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "office-js") walk(p);
    } else if (e.name.endsWith(".js")) all.push(p);
  }
})(dist);

const functionsFile = path.join(dist, "functions.js");
const taskpaneFiles = [...initial].filter((f) => f !== functionsFile);
// Scripts the page loads before functions.js: what the custom functions need with it.
const beforeFunctions = scripts.slice(0, Math.max(0, scripts.indexOf("functions.js"))).map((s) => path.join(dist, s));
const lazy = all.filter((f) => !initial.has(f) && f !== functionsFile && path.dirname(f) !== dist);
const standaloneOnly = (f) => /xlsx-host/.test(f) || /sharedStrings\.xml/.test(fs.readFileSync(f, "utf8"));

const rows = [];
let taskpane = 0;
for (const f of taskpaneFiles) {
  const n = gz(f);
  taskpane += n;
  rows.push(["task pane", path.relative(dist, f), n]);
}
let standalone = 0;
for (const f of lazy) {
  const n = gz(f);
  if (standaloneOnly(f)) {
    standalone += n;
    rows.push(["standalone only (lazy)", path.relative(dist, f), n]);
  } else {
    taskpane += n;
    rows.push(["task pane (lazy)", path.relative(dist, f), n]);
  }
}
let functions = gz(functionsFile);
rows.push(["functions", "functions.js", functions]);
for (const f of beforeFunctions) {
  const n = gz(f);
  functions += n;
  rows.push(["functions (shared)", path.relative(dist, f), n]);
}

for (const [what, file, n] of rows) console.log(`${String(what).padEnd(24)} ${String(file).padEnd(48)} ${kb(n).padStart(10)}`);
console.log("");
const over = [];
/** @type {[keyof typeof BUDGET, number][]} */
const budgeted = [
  ["taskpane", taskpane],
  ["functions", functions],
];
for (const [name, size] of budgeted) {
  const ok = size <= BUDGET[name];
  if (!ok) over.push(name);
  console.log(`${name.padEnd(10)} ${kb(size).padStart(10)} gzip  (budget ${kb(BUDGET[name])}) ${ok ? "OK" : "OVER BUDGET"}`);
}
console.log(`standalone ${kb(standalone).padStart(10)} gzip  (loaded only outside Excel; not budgeted)`);
process.exit(over.length ? 1 : 0);
