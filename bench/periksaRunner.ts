/**
 * One timed command of the periksa benchmark, in its own process (so its peak RSS is its own):
 *   node periksaRunner.js MODE FILE
 * MODE: `exceljs` (bare ExcelJS read), `floor` (bare inflate + SAX pass over every XML part),
 * `periksa` (readXlsx with Node's zlib + checkWorkbook, what `lkjip periksa` does), `periksa-exceljs` (the check
 * on the ExcelJS-based reader it replaced). Modules are loaded before the clock starts; prints one
 * JSON line: CPU (user + system) and wall time of the work, peak RSS of the process.
 */
import { readFileSync } from "fs";
import { unzipSync } from "fflate";
import { SaxesParser } from "saxes";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/hosts/xlsx/readXlsx";
import { loadExcelJs, workbookModel } from "../src/hosts/xlsx/excelJsModel";
import { checkWorkbook } from "../src/core/check";
import { nodeInflate } from "../src/cli/nodeInflate";

const work: Record<string, (bytes: Uint8Array) => Promise<string>> = {
  async exceljs(bytes) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    return `${wb.worksheets[0].rowCount} baris`;
  },
  async floor(bytes) {
    let events = 0;
    const parts = unzipSync(bytes, { filter: (f) => f.name.endsWith(".xml") });
    for (const data of Object.values(parts)) {
      const parser = new SaxesParser({ position: false });
      parser.on("opentag", () => events++);
      parser.on("text", () => events++);
      parser.write(new TextDecoder().decode(data)).close();
    }
    return `${events} peristiwa XML`;
  },
  async periksa(bytes) {
    const result = checkWorkbook(await readXlsx(bytes, { inflate: nodeInflate }));
    return `${result.tables.length} tabel, ${result.findings.length} temuan`;
  },
  async "periksa-exceljs"(bytes) {
    const result = checkWorkbook(workbookModel(await loadExcelJs(bytes)));
    return `${result.tables.length} tabel, ${result.findings.length} temuan`;
  },
};

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  const cpu = process.cpuUsage();
  const t = process.hrtime.bigint();
  const what = await work[mode](bytes);
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  const used = process.cpuUsage(cpu);
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ mode, cpu: (used.user + used.system) / 1e3, wall, rss, what }) + "\n");
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
