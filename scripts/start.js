#!/usr/bin/env node
/* `npm start`: where Excel runs (Windows, macOS) build, serve https://localhost:PORT (3000) and sideload
 * the add-in with office-addin-debugging; elsewhere (Linux, CI) serve the pages on that port and explain
 * how to sideload, with the standalone page ready on a bundled sample workbook. Never prompts. */
const { spawn } = require("child_process");
const fs = require("fs");
const path = require("path");
const { rewriteManifest } = require("./deploy-url");

const root = path.join(__dirname, "..");
const port = Number(process.env.PORT || 3000);
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(cmd, args, env) {
  const child = spawn(cmd, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
    env: { ...process.env, ...env },
  });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const sig of /** @type {NodeJS.Signals[]} */ (["SIGINT", "SIGTERM"])) process.on(sig, () => child.kill(sig));
}

function hasDebugging() {
  try {
    require.resolve("office-addin-debugging/package.json", { paths: [root] });
    return true;
  } catch {
    return false;
  }
}

/** Excel on the web, as README.md says it (keep both in step). */
const WEB_MENU = "Beranda > Add-in > Pengaturan Lainnya > Unggah Add-in Saya (Home > Add-ins > More Settings > Upload My Add-in)";

/** The manifest to sideload: the repository's on port 3000, else a copy whose URLs name PORT. */
function manifestForPort() {
  if (port === 3000) return "manifest.xml";
  const out = path.join(root, "build", `manifest-${port}.xml`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, rewriteManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), `https://localhost:${port}/`));
  return path.relative(root, out);
}

const excelHost =
  (process.platform === "win32" || process.platform === "darwin") && !process.env.CI && !process.env.LKJIP_NO_EXCEL;
if (excelHost && hasDebugging()) {
  console.log("Asisten LKjIP: membangun, menyajikan https://localhost:" + port + " dan memuat add-in ke Excel…");
  run(bin("office-addin-debugging"), ["start", manifestForPort(), "desktop", "--dev-server-port", String(port)]);
} else {
  const scheme = process.env.LKJIP_HTTPS === "1" ? "https" : "http";
  console.log(
    [
      "",
      "Asisten LKjIP — Excel tidak tersedia di mesin ini, jadi hanya halaman add-in yang disajikan.",
      `  Halaman mandiri (contoh workbook): ${scheme}://localhost:${port}/taskpane.html`,
      `  Muat di Excel untuk web: ${WEB_MENU}, pilih ${manifestForPort()}`,
      "  (Excel untuk web memerlukan https tepercaya: jalankan di Windows/macOS, atau LKJIP_HTTPS=1 npm start",
      "   dan percayai sertifikatnya di peramban).",
      "  Hentikan dengan Ctrl+C.",
      "",
    ].join("\n"),
  );
  run(bin("webpack"), ["serve", "--mode", "development"], {});
}
