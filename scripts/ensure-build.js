#!/usr/bin/env node
/* Before `npm test`: (re)build the CLI (lib/) and the add-in (dist/) when they are missing or older than
 * their sources, so the CLI, metadata and browser tests always run against what the sources say. */
const { execSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}
const mtime = (p) => (fs.existsSync(p) ? fs.statSync(p).mtimeMs : 0);
const sources = Math.max(
  newest(path.join(root, "src")),
  newest(path.join(root, "assets")),
  mtime(path.join(root, "manifest.xml")),
  mtime(path.join(root, "webpack.config.js")),
);

if (mtime(path.join(root, "lib", "cli", "main.js")) < newest(path.join(root, "src"))) {
  execSync("npm run build:cli", { cwd: root, stdio: "inherit" });
}
if (mtime(path.join(root, "dist", "taskpane.html")) < sources) {
  execSync("npm run build", { cwd: root, stdio: "inherit" });
}
