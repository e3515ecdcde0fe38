#!/usr/bin/env node
/* `npm run bench [name]`: compiles bench/*.bench.ts with tsc and runs each benchmark, printing its figures. */
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const only = process.argv[2];
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"], {
  cwd: root,
  stdio: "inherit",
});
const benches = fs
  .readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts") && (!only || f.includes(only)))
  .sort();
for (const file of benches) {
  const compiled = path.join(root, "build", "bench", "bench", file.replace(/\.ts$/, ".js"));
  console.log(`\n== ${file}`);
  execFileSync(process.execPath, ["--expose-gc", compiled], { cwd: root, stdio: "inherit" });
}
