/**
 * Sasaran as group rows of a table without a sasaran column, and headers that name the indicators
 * of a sasaran: the recognised rows (role, sasaran) and the counts Chapter III quotes. Each workbook
 * is built twice: planted with one wrong capaian (exactly that finding expected) and its clean twin
 * (no error or warning).
 */
import type ExcelJS from "exceljs";
import { readXlsx } from "../../../src/hosts/xlsx/readXlsx";
import { checkWorkbook } from "../../../src/core/check";
import { tableSummary } from "../../../src/core/tables";
import { sasaranText } from "../../../src/core/tables/groupRows";
import { buildNarrative } from "../../../src/core/narrative/build";
import type { NarrativeCell } from "../../../src/core/narrative/types";
import type { RecognizedTable } from "../../../src/core/tables/types";
import type { PkSasaran } from "../../corpus/layouts/pk";
import { newWb, P2, pct, put, r2, save, sum, title } from "../check/unseen/builders";

const SASARAN: PkSasaran[] = [
  {
    text: "Meningkatnya kualitas pelayanan kesehatan dasar",
    indicators: [
      { name: "Persentase puskesmas terakreditasi paripurna", satuan: "%", target: 60, realisasi: 55 },
      { name: "Cakupan pelayanan kesehatan ibu hamil (K4)", satuan: "%", target: 95, realisasi: 96.2 },
    ],
  },
  {
    text: "Menurunnya angka kesakitan penyakit menular",
    indicators: [
      { name: "Persentase kasus TB yang diobati sampai sembuh", satuan: "%", target: 90, realisasi: 88.4 },
      { name: "Cakupan imunisasi dasar lengkap", satuan: "%", target: 95, realisasi: 93 },
      { name: "Jumlah desa ODF (bebas buang air besar sembarangan)", satuan: "Desa", target: 40, realisasi: 43 },
    ],
  },
  {
    text: "Meningkatnya tata kelola dan akuntabilitas kinerja dinas",
    indicators: [{ name: "Nilai SAKIP Dinas Kesehatan", satuan: "Nilai", target: 70, realisasi: 71.5 }],
  },
];

const INDICATORS = SASARAN.reduce((n, s) => n + s.indicators.length, 0);
/** The indicator whose capaian is planted wrong: 2nd sasaran, 1st indicator (88,4 / 90 = 98,22). */
const PLANT = { sasaran: 1, indicator: 0, wrong: 89.22 };

/** How a sasaran group row is marked. */
interface GroupStyle {
  header: string;
  /** Text of the NO cell of the group row (roman numeral), or none. */
  no?: (i: number) => string;
  /** Text of the group row. */
  label: (i: number, text: string) => string;
  bold?: boolean;
  /** The group row is one cell merged across the whole table (text in column A). */
  merged?: boolean;
  /** A "Capaian Kinerja Sasaran" row after each sasaran. */
  closing?: boolean;
}

const LAST = "G";

/** NO | <label> | SATUAN | TARGET | REALISASI | CAPAIAN (%) | PREDIKAT with sasaran as group rows. */
function groupedPk(style: GroupStyle) {
  return async (planted: boolean): Promise<Buffer> => {
    const wb = newWb();
    const ws: ExcelJS.Worksheet = wb.addWorksheet("Pengukuran Kinerja");
    title(ws, `A1:${LAST}1`, "PENGUKURAN KINERJA DINAS KESEHATAN TAHUN 2024");
    put(ws, 3, "A", [["NO", style.header, "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)", "PREDIKAT"]], { boldAll: true });
    let r = 4;
    let no = 0;
    SASARAN.forEach((s, si) => {
      const text = style.label(si, s.text);
      if (style.merged) {
        put(ws, r, "A", [[text]], { boldAll: style.bold });
        ws.mergeCells(`A${r}:${LAST}${r}`);
      } else put(ws, r, "A", [[style.no?.(si) ?? null, text]], { boldAll: style.bold });
      r++;
      const caps: number[] = [];
      s.indicators.forEach((ind, ii) => {
        const cap = pct(ind.realisasi, ind.target);
        caps.push(cap);
        const typed = planted && si === PLANT.sasaran && ii === PLANT.indicator ? PLANT.wrong : cap;
        const word = typed >= 91 ? "Sangat Tinggi" : typed >= 76 ? "Tinggi" : "Sedang";
        put(ws, r, "A", [[++no, ind.name, ind.satuan, ind.target, ind.realisasi, typed, word]], { fmt: { 5: P2 } });
        r++;
      });
      if (style.closing) {
        const mean = r2(sum(caps) / caps.length);
        put(ws, r, "A", [["Capaian Kinerja Sasaran", null, null, null, null, mean, mean >= 91 ? "Sangat Tinggi" : "Tinggi"]], {
          fmt: { 5: P2 },
          boldAll: true,
        });
        ws.mergeCells(`A${r}:E${r}`);
        r++;
      }
    });
    return save(wb);
  };
}

async function recognised(build: (planted: boolean) => Promise<Buffer>, planted: boolean) {
  const result = checkWorkbook(await readXlsx(await build(planted)));
  const serious = result.findings.filter((f) => f.severity === "error" || f.severity === "warning");
  return { tables: result.tables, serious: serious.map((f) => `${f.rule}@${f.cell}`) };
}

/** The sheet row (0-based) of every sasaran group row and indicator, as built above. */
function layoutRows(closing: boolean) {
  const out: { index: number; role: string; sasaran?: string }[] = [];
  let r = 3;
  for (const s of SASARAN) {
    out.push({ index: r++, role: "sasaran" });
    for (let i = 0; i < s.indicators.length; i++) out.push({ index: r++, role: "indikator", sasaran: s.text });
    if (closing) r++;
  }
  return out;
}

function rowModel(table: RecognizedTable) {
  return table.rows
    .filter((r) => r.role === "sasaran" || r.role === "indikator")
    .map((r) => (r.role === "sasaran" ? { index: r.index, role: r.role } : { index: r.index, role: r.role, sasaran: r.sasaran }));
}

/** Cell of the planted capaian: row 4 + sasaran rows before it + indicators before it (+ closing rows). */
function plantedCell(closing: boolean): string {
  const before = SASARAN.slice(0, PLANT.sasaran).reduce((n, s) => n + 1 + s.indicators.length + (closing ? 1 : 0), 0);
  return `F${4 + before + 1 + PLANT.indicator}`;
}

const STYLES: [string, GroupStyle][] = [
  [
    "combined 'Sasaran / Indikator Kinerja' column, sasaran numbered I, II, III in the NO column and bold",
    { header: "SASARAN / INDIKATOR KINERJA", no: (i) => ["I", "II", "III"][i], label: (_, t) => t, bold: true },
  ],
  [
    "combined 'Sasaran Strategis/Indikator' column, roman numeral in the text ('II. Menurunnya …'), not bold",
    { header: "Sasaran Strategis/Indikator", label: (i, t) => `${["I", "II", "III"][i]}. ${t}`, closing: true },
  ],
  [
    "combined 'SASARAN DAN INDIKATOR KINERJA' column, sasaran rows neither numbered nor bold",
    { header: "SASARAN DAN INDIKATOR KINERJA", label: (_, t) => t },
  ],
  [
    "INDIKATOR KINERJA column, sasaran as full-width merged rows 'Sasaran 1: Meningkatnya …'",
    { header: "INDIKATOR KINERJA", label: (i, t) => `Sasaran ${i + 1}: ${t}`, merged: true, bold: true, closing: true },
  ],
  [
    "INDIKATOR KINERJA column, sasaran as full-width merged rows, plain text",
    { header: "INDIKATOR KINERJA", label: (_, t) => t, merged: true },
  ],
  [
    "INDIKATOR KINERJA column, sasaran as bold group rows lettered A, B, C",
    { header: "INDIKATOR KINERJA", no: (i) => "ABC"[i], label: (_, t) => t, bold: true },
  ],
];

describe.each(STYLES)("sasaran group rows: %s", (_name, style) => {
  const build = groupedPk(style);
  const closing = !!style.closing;

  it("reads each sasaran row as sasaran and every indicator under it", async () => {
    const { tables } = await recognised(build, false);
    expect(tables).toHaveLength(1);
    expect(tableSummary(tables[0])).toContain(`${INDICATORS} indikator dari ${SASARAN.length} sasaran`);
    expect(rowModel(tables[0])).toEqual(layoutRows(closing));
    expect(tables[0].rows.filter((r) => r.role === "sasaran").map((r) => r.label)).toEqual(SASARAN.map((s) => s.text));
  });

  it("clean twin: no error or warning", async () => {
    expect((await recognised(build, false)).serious).toEqual([]);
  });

  it("Chapter III: capaian per sasaran lists each sasaran with its own number of indicators", async () => {
    const workbook = await readXlsx(await build(false));
    const doc = buildNarrative(workbook, checkWorkbook(workbook));
    const perSasaran = doc.tables.find((t) => t.kind === "capaian-sasaran");
    const text = (c: NarrativeCell | null) => (c?.value === null || c?.value === undefined ? "" : String(c.value));
    expect(perSasaran?.rows.filter((r) => r.style === "data").map((r) => [text(r.cells[1]), text(r.cells[2])])).toEqual(
      SASARAN.map((x) => [x.text, String(x.indicators.length)]),
    );
  });

  it("planted: the wrong capaian only", async () => {
    expect((await recognised(build, true)).serious).toEqual([`capaian@${plantedCell(closing)}`]);
  });
});

describe("group rows that are indicators", () => {
  it("an indicator without values of its own above its bulleted sub-indicators stays an indicator", async () => {
    const wb = newWb();
    const ws = wb.addWorksheet("IKU");
    put(ws, 1, "A", [["NO", "SASARAN / INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
    put(ws, 2, "A", [["I", "Meningkatnya kualitas pelayanan publik kecamatan"]], { boldAll: true });
    put(ws, 3, "A", [[1, "Indeks kepuasan masyarakat"]], { boldAll: true });
    put(
      ws,
      4,
      "A",
      [
        [null, "❖ Pelayanan administrasi kependudukan", 80, 82, 102.5],
        [null, "❖ Pelayanan perizinan", 80, 78, 97.5],
        [2, "Persentase pengaduan yang ditindaklanjuti", 100, 100, 100],
      ],
      { fmt: { 4: P2 } },
    );
    const { tables, serious } = await recognised(async () => save(wb), false);
    expect(tables[0].rows.map((r) => `${r.index}:${r.role}`)).toEqual([
      "1:sasaran",
      "2:indikator",
      "3:sub-indikator",
      "4:sub-indikator",
      "5:indikator",
    ]);
    expect(tables[0].rows[1].sasaran).toBe("Meningkatnya kualitas pelayanan publik kecamatan");
    expect(serious).toEqual([]);
  });

  it("in an INDIKATOR column, an unmarked row without values is not taken for a sasaran", async () => {
    const wb = newWb();
    const ws = wb.addWorksheet("IKU");
    put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
    put(
      ws,
      2,
      "A",
      [
        [1, "Persentase dokumen perencanaan tepat waktu", 100, 100, 100],
        [2, "Jumlah inovasi daerah yang diterapkan (belum diukur)"],
        [3, "Indeks kepuasan masyarakat", 80, 82, 102.5],
      ],
      { fmt: { 4: P2 } },
    );
    const { tables } = await recognised(async () => save(wb), false);
    expect(tables[0].rows.map((r) => r.role)).toEqual(["indikator", "indikator", "indikator"]);
  });
});

describe("headers naming the indicators of a sasaran", () => {
  it.each(["Indikator Sasaran", "INDIKATOR KINERJA SASARAN", "Indikator Sasaran Strategis"])(
    "NO | SASARAN STRATEGIS | %s: the second column holds the indicators",
    async (header) => {
      const build = async (planted: boolean) => {
        const wb = newWb();
        const ws = wb.addWorksheet("Formulir PK");
        title(ws, "A1:G1", "FORMULIR PENGUKURAN KINERJA TAHUN 2024");
        put(ws, 3, "A", [["NO", "SASARAN STRATEGIS", header, "SATUAN", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
        let r = 4;
        SASARAN.forEach((s, si) => {
          const top = r;
          s.indicators.forEach((ind, ii) => {
            const cap = pct(ind.realisasi, ind.target);
            const typed = planted && si === PLANT.sasaran && ii === PLANT.indicator ? PLANT.wrong : cap;
            put(
              ws,
              r,
              "A",
              [[ii === 0 ? si + 1 : null, ii === 0 ? s.text : null, ind.name, ind.satuan, ind.target, ind.realisasi, typed]],
              {
                fmt: { 6: P2 },
              },
            );
            r++;
          });
          if (r - 1 > top) {
            ws.mergeCells(top, 1, r - 1, 1);
            ws.mergeCells(top, 2, r - 1, 2);
          }
        });
        return save(wb);
      };
      const clean = await recognised(build, false);
      const t = clean.tables[0];
      expect(t.columns.map((c) => c.role).slice(0, 3)).toEqual(["no", "sasaran", "indikator"]);
      expect(tableSummary(t)).toBe(`Formulir PK!A3:G9 — ${INDICATORS} indikator dari ${SASARAN.length} sasaran`);
      expect(t.rows.map((r) => r.sasaran)).toEqual(SASARAN.flatMap((s) => s.indicators.map(() => s.text)));
      expect(clean.serious).toEqual([]);
      expect((await recognised(build, true)).serious).toEqual(["capaian@G6"]);
    },
  );
});

describe("sasaranText", () => {
  it.each([
    ["Sasaran 1: Meningkatnya kualitas pelayanan", "Meningkatnya kualitas pelayanan"],
    ["SASARAN STRATEGIS II. Menurunnya angka kesakitan", "Menurunnya angka kesakitan"],
    ["II. Menurunnya angka kesakitan", "Menurunnya angka kesakitan"],
    ["Meningkatnya tata kelola", "Meningkatnya tata kelola"],
  ])("%s", (label, text) => expect(sasaranText(label)).toBe(text));
});

describe("group rows that are not sasaran", () => {
  const table = async (rows: (string | number | null)[][], bold: number[] = []) => {
    const wb = newWb();
    const ws = wb.addWorksheet("IKU");
    put(ws, 1, "A", [["NO", "SASARAN / INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
    put(ws, 2, "A", rows, { fmt: { 4: P2 }, bold });
    return (await recognised(async () => save(wb), false)).tables[0];
  };

  it("a bold row numbered like the rows below (1 above 2) is an indicator without values", async () => {
    const t = await table(
      [
        ["I", "Meningkatnya kualitas pelayanan publik"],
        [1, "Indeks kepuasan masyarakat (survei belum dilaksanakan)"],
        [2, "Persentase pengaduan yang ditindaklanjuti", 100, 100, 100],
      ],
      [0, 1],
    );
    expect(t.rows.map((r) => r.role)).toEqual(["sasaran", "indikator", "indikator"]);
  });

  it("codes the rows below extend (1 above 1.1, 1.2) mark the sasaran", async () => {
    const t = await table([
      ["1", "Meningkatnya kualitas pelayanan publik"],
      ["1.1", "Indeks kepuasan masyarakat", 80, 82, 102.5],
      ["1.2", "Persentase pengaduan yang ditindaklanjuti", 100, 100, 100],
      ["2", "Meningkatnya akuntabilitas kinerja"],
      ["2.1", "Nilai SAKIP", 70, 70, 100],
    ]);
    expect(tableSummary(t)).toContain("3 indikator dari 2 sasaran");
  });

  it("a bold 'Program …' group row is not taken for a sasaran", async () => {
    const wb = newWb();
    const ws = wb.addWorksheet("Indikator Program");
    put(ws, 1, "A", [["NO", "INDIKATOR KINERJA PROGRAM", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
    put(
      ws,
      2,
      "A",
      [
        ["A", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik"],
        [1, "Persentase layanan administrasi tepat waktu", 100, 98, 98],
      ],
      { fmt: { 4: P2 }, bold: [0] },
    );
    const t = (await recognised(async () => save(wb), false)).tables[0];
    expect(t.rows.some((r) => r.role === "sasaran")).toBe(false);
  });
});

describe("an indicator numbered 1 above lettered sub-indicators", () => {
  it("in an INDIKATOR KINERJA column, the bold row 1 above a, b is an indicator, not a sasaran", async () => {
    const wb = newWb();
    const ws = wb.addWorksheet("IKU");
    put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
    put(
      ws,
      2,
      "A",
      [
        [1, "Indeks Kepuasan Masyarakat"],
        ["a", "Pelayanan administrasi kependudukan", 80, 82, 102.5],
        ["b", "Pelayanan perizinan", 80, 78, 97.5],
        [2, "Persentase pengaduan yang ditindaklanjuti", 100, 100, 100],
      ],
      { fmt: { 4: P2 }, bold: [0] },
    );
    const { tables, serious } = await recognised(async () => save(wb), false);
    expect(tables[0].rows.some((r) => r.role === "sasaran")).toBe(false);
    expect(serious).toEqual([]);
  });
});

describe("a sasaran written across NO and the indicator column", () => {
  it("'II. Menurunnya …' merged over NO..INDIKATOR (not bold) is a sasaran; its indicators follow", async () => {
    const wb = newWb();
    const ws = wb.addWorksheet("IKU");
    put(ws, 1, "A", [["NO", "INDIKATOR KINERJA", "TARGET", "REALISASI", "CAPAIAN (%)"]], { boldAll: true });
    put(ws, 2, "A", [["I. Meningkatnya kualitas pelayanan publik"]]);
    ws.mergeCells("A2:B2");
    put(ws, 3, "A", [[1, "Indeks kepuasan masyarakat", 80, 82, 102.5]], { fmt: { 4: P2 } });
    put(ws, 4, "A", [["II. Meningkatnya akuntabilitas kinerja"]]);
    ws.mergeCells("A4:B4");
    put(ws, 5, "A", [[2, "Nilai SAKIP", 70, 70, 100]], { fmt: { 4: P2 } });
    const { tables, serious } = await recognised(async () => save(wb), false);
    expect(tableSummary(tables[0])).toContain("2 indikator dari 2 sasaran");
    expect(tables[0].rows.filter((r) => r.role === "indikator").map((r) => r.sasaran)).toEqual([
      "Meningkatnya kualitas pelayanan publik",
      "Meningkatnya akuntabilitas kinerja",
    ]);
    expect(serious).toEqual([]);
  });
});
