/**
 * The ExcelApi requirement sets the Office.js host uses, and what it does without each one.
 *
 * | set  | used for                                                    | without it                          |
 * |------|-------------------------------------------------------------|-------------------------------------|
 * | 1.1  | Excel.run, values/formulas/numberFormat, select, add sheet  | the add-in cannot run               |
 * | 1.2  | getUsedRange(valuesOnly), hiding the journal sheet          | used range includes formatting; journal visible |
 * | 1.4  | getItemOrNullObject, getUsedRangeOrNullObject               | the add-in cannot run (Excel 2016 needs updates) |
 * | 1.7  | freezePanes for new tables                                  | header not frozen                   |
 * | 1.9  | getCellProperties (bold, indent)                            | parent rows found by codes only     |
 * | 1.11 | application.cultureInfo.numberFormat (separators)           | separators guessed from the Office language |
 * | 1.13 | getMergedAreasOrNullObject                                  | merged cells (sasaran groups) not read |
 */

export type IsSetSupported = (name: string, version: string) => boolean;

export interface OfficeApiLevel {
  /** Minimum met: 1.4. */
  usable: boolean;
  valuesOnlyUsedRange: boolean;
  hideSheets: boolean;
  freezePanes: boolean;
  cellProperties: boolean;
  cultureInfo: boolean;
  mergedAreas: boolean;
  /** Indonesian notes for the task pane about what is degraded. */
  notes: string[];
}

export function detectApiLevel(isSet: IsSetSupported): OfficeApiLevel {
  const has = (v: string) => {
    try {
      return isSet("ExcelApi", v);
    } catch {
      return false;
    }
  };
  const level: OfficeApiLevel = {
    usable: has("1.4"),
    valuesOnlyUsedRange: has("1.2"),
    hideSheets: has("1.2"),
    freezePanes: has("1.7"),
    cellProperties: has("1.9"),
    cultureInfo: has("1.11"),
    mergedAreas: has("1.13"),
    notes: [],
  };
  const missing: [boolean, string][] = [
    [
      level.usable,
      "Excel ini tidak mendukung ExcelApi 1.4, batas minimum Asisten LKjIP. Perbarui Office atau buka workbook di Excel untuk web.",
    ],
    [
      level.mergedAreas,
      "Sel gabungan (merge) tidak dapat dibaca di Excel ini (perlu ExcelApi 1.13), sehingga pengelompokan sasaran bisa kurang tepat.",
    ],
    [
      level.cellProperties,
      "Huruf tebal dan indentasi tidak dapat dibaca di Excel ini (perlu ExcelApi 1.9); baris induk dikenali dari kode saja.",
    ],
    [
      level.cultureInfo,
      "Pemisah desimal Excel ini tidak dapat dibaca (perlu ExcelApi 1.11); dipakai perkiraan dari bahasa Office.",
    ],
    [
      level.hideSheets,
      "Lembar jurnal _lkjip_jurnal tidak dapat disembunyikan di Excel ini (perlu ExcelApi 1.2). Jangan mengubahnya.",
    ],
  ];
  level.notes = missing.filter(([ok]) => !ok).map(([, note]) => note);
  return level;
}
