/**
 * LibreOffice Calc (headless) as an independent spreadsheet engine for tests: converts a workbook
 * with `soffice --headless --convert-to`, in a throw-away user profile whose settings force formulas
 * to be RECALCULATED on load (by default Calc may keep the cached values of .xlsx files).
 */
import JSZip from "jszip";
import { execFile } from "child_process";
import { promises as fs, existsSync, mkdtempSync } from "fs";
import * as os from "os";
import * as path from "path";

/** Path of soffice, or null when LibreOffice is not installed. */
export function findSoffice(): string | null {
  const candidates = [
    process.env.SOFFICE,
    ...(process.env.PATH ?? "").split(path.delimiter).map((d) => path.join(d, "soffice")),
    "/usr/bin/soffice",
    "/usr/lib/libreoffice/program/soffice",
    "/opt/libreoffice/program/soffice",
  ];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

/**
 * True when the LibreOffice tests can run. Without soffice they are skipped with a message, except
 * under CI (env CI set), where a missing LibreOffice is an error.
 */
export function libreOfficeAvailable(what: string): boolean {
  if (findSoffice()) return true;
  if (process.env.CI) throw new Error(`LibreOffice (soffice) tidak ditemukan, padahal CI wajib menjalankan: ${what}`);

  console.warn(
    `[dilewati] ${what}: LibreOffice (soffice) tidak terpasang. Pasang paket libreoffice-calc-nogui untuk menjalankannya.`,
  );
  return false;
}

/** Calc settings: OOXML and ODF files always recalculated on load (0 = always, 1 = never, 2 = ask). */
const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
</oor:items>
`;

let profileDir: string | null = null;

/** A user profile shared by the conversions of one test run (first start of soffice is slow). */
async function profile(): Promise<string> {
  if (profileDir) return profileDir;
  const dir = mkdtempSync(path.join(os.tmpdir(), "lkjip-lo-profile-"));
  await fs.mkdir(path.join(dir, "user"), { recursive: true });
  await fs.writeFile(path.join(dir, "user", "registrymodifications.xcu"), REGISTRY);
  profileDir = dir;
  return dir;
}

/**
 * Converts `input` to `format` ("xlsx", "pdf", "csv", "ods") into `outDir`; returns the output path.
 * The timeout is generous: the first start of soffice builds its profile.
 */
export async function convertWithLibreOffice(input: string, format: string, outDir: string, timeoutMs = 180000): Promise<string> {
  const soffice = findSoffice();
  if (!soffice) throw new Error("soffice tidak ditemukan");
  const dir = await profile();
  await fs.mkdir(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${dir}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    input,
  ];
  const ext = format.split(":")[0];
  const out = path.join(outDir, `${path.basename(input, path.extname(input))}.${ext}`);
  // A first start (building the profile) on a loaded machine sometimes exits without converting:
  // one more attempt with the now-built profile, before calling it a failure.
  let failure = "";
  for (let attempt = 1; attempt <= 2 && !existsSync(out); attempt++) {
    failure = await new Promise<string>((resolve) => {
      execFile(soffice, args, { timeout: timeoutMs }, (err, stdout, stderr) =>
        resolve(err ? `soffice gagal: ${err.message}\n${stdout}\n${stderr}` : ""),
      );
    });
  }
  if (!existsSync(out)) throw new Error(failure || `soffice tidak menghasilkan ${out}`);
  return out;
}

/** pdftoppm (poppler-utils) when installed. */
export function findPdftoppm(): string | null {
  for (const d of (process.env.PATH ?? "").split(path.delimiter)) {
    const p = path.join(d, "pdftoppm");
    if (existsSync(p)) return p;
  }
  return null;
}

/** Renders the pages of a PDF to PNG files `${prefix}-N.png`; returns their paths. */
export async function pdfToPng(pdf: string, prefix: string, dpi = 80): Promise<string[]> {
  const tool = findPdftoppm();
  if (!tool) throw new Error("pdftoppm tidak ditemukan (paket poppler-utils)");
  await new Promise<void>((resolve, reject) =>
    execFile(tool, ["-png", "-r", String(dpi), pdf, prefix], { timeout: 120000 }, (err) =>
      err ? reject(new Error(err.message)) : resolve(),
    ),
  );
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  return (await fs.readdir(dir))
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** A cell value as stored in the file: number, text, or an error code ("#DIV/0!"). */
export type StoredValue = number | string | null;

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/**
 * The stored values (formula results included) of one sheet of an .xlsx, read from the XML itself:
 * ExcelJS drops formula results equal to 0, so it cannot be the judge here. Keys are A1 addresses.
 */
export async function storedValues(xlsxPath: string, sheetName: string): Promise<Map<string, StoredValue>> {
  const zip = await JSZip.loadAsync(await fs.readFile(xlsxPath));
  const read = async (p: string): Promise<string> => zip.file(p)?.async("string") ?? Promise.resolve("");
  const workbook = await read("xl/workbook.xml");
  const rels = await read("xl/_rels/workbook.xml.rels");
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)]
    .map((m) => m[0])
    .find((tag) => unescapeXml(/name="([^"]*)"/.exec(tag)?.[1] ?? "") === sheetName);
  if (!sheet) throw new Error(`Lembar ${sheetName} tidak ada`);
  const rid = /r:id="([^"]*)"/.exec(sheet)?.[1];
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`Id="${rid}"`));
  const target = /Target="([^"]*)"/.exec(rel ?? "")?.[1] ?? "";
  const sheetXml = await read(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  const shared = [...(await read("xl/sharedStrings.xml")).matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
    unescapeXml([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const out = new Map<string, StoredValue>();
  for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const type = /t="([^"]*)"/.exec(m[2])?.[1] ?? "n";
    const body = m[3] ?? "";
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
    const inline = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    let value: StoredValue = null;
    if (type === "s" && v !== undefined) value = shared[Number(v)];
    else if (type === "inlineStr" && inline !== undefined) value = unescapeXml(inline);
    else if ((type === "str" || type === "e") && v !== undefined) value = unescapeXml(v);
    else if (v !== undefined) value = Number(v);
    out.set(m[1], value);
  }
  return out;
}
