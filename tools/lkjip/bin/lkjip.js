#!/usr/bin/env node
// Entry point of the `lkjip` command. The TypeScript sources are compiled to lib/ by `npm run build:cli`
// (run automatically by `npm install` through the `prepare` script).
const path = require("path");
const fs = require("fs");
// tools/lkjip/bin -> project root: the CLI is compiled into the project's lib/.
const main = path.join(__dirname, "..", "..", "..", "lib", "cli", "main.js");
if (!fs.existsSync(main)) {
  console.error("lkjip: belum dibangun. Jalankan `npm run build:cli` (atau `npm install`) di folder proyek.");
  process.exit(2);
}
require(main)
  .main(process.argv.slice(2))
  .then((code) => process.exit(code))
  .catch((err) => {
    console.error("lkjip: " + (err && err.message ? err.message : String(err)));
    process.exit(2);
  });
