/** The stored corrections: read defensively (a hand-edited or damaged value never breaks a check), written canonically. */
import {
  NO_CORRECTIONS,
  parseCorrections,
  serializeCorrections,
  setColumnRole,
  setExcluded,
  setRowMark,
  setScaleTable,
} from "../../../src/core/settings/corrections";
import { parseSettings, serializeSettings, toCheckOptions, SETTING_KEYS } from "../../../src/core/settings/settings";

describe("stored corrections", () => {
  it("round-trip through the setting, and an empty set removes the setting", () => {
    let c = setColumnRole(NO_CORRECTIONS, "PK!A3", "E", "realisasi");
    c = setRowMark(c, "PK!A3", 12, "rata-rata");
    c = setExcluded(c, "Simulasi!A1", true);
    c = setScaleTable(c, "Skala!A2");
    const stored = serializeCorrections(c);
    expect(parseCorrections(stored ?? undefined)).toEqual(c);
    let undone = setColumnRole(c, "PK!A3", "E", undefined);
    undone = setRowMark(undone, "PK!A3", 12, undefined);
    undone = setExcluded(undone, "Simulasi!A1", false);
    undone = setScaleTable(undone, undefined);
    expect(undone).toEqual(NO_CORRECTIONS);
    expect(serializeCorrections(undone)).toBeNull();
  });

  it("edits return new values and leave the old one as it was (the pane keeps a draft)", () => {
    const before = setColumnRole(NO_CORRECTIONS, "PK!A3", "E", "realisasi");
    const after = setColumnRole(before, "PK!A3", "F", "capaian");
    expect(before.tables["PK!A3"].columns).toEqual({ E: "realisasi" });
    expect(after.tables["PK!A3"].columns).toEqual({ E: "realisasi", F: "capaian" });
    expect(NO_CORRECTIONS).toEqual({ tables: {} });
  });

  it.each([
    ["not JSON", "{tables:"],
    ["an array", "[1,2]"],
    [
      "unknown role, bad letter, bad row, bad mark",
      '{"tables":{"PK!A3":{"columns":{"E":"bos","e1":"target"},"rows":{"0":"jumlah","x":"data","7":"hapus"}}}}',
    ],
    ["a table id without a sheet", '{"tables":{"A3":{"excluded":true}}}'],
    ["excluded as text", '{"tables":{"PK!A3":{"excluded":"ya"}}}'],
  ])("drops what is not well formed: %s", (_, stored) => {
    expect(parseCorrections(stored)).toEqual({ tables: {} });
  });

  it("keeps the well-formed part of a partly damaged value", () => {
    const c = parseCorrections(
      '{"tables":{"PK!A3":{"columns":{"E":"realisasi","F":"bos"},"rows":{"12":"jumlah","0":"data"}}},"scaleTable":7}',
    );
    expect(c).toEqual({ tables: { "PK!A3": { columns: { E: "realisasi" }, rows: { "12": "jumlah" } } } });
  });

  it("travel with the other settings and reach the checker's options", () => {
    const settings = parseSettings({ [SETTING_KEYS.corrections]: '{"tables":{"PK!A3":{"excluded":true}}}' });
    expect(settings.corrections.tables["PK!A3"]).toEqual({ excluded: true });
    expect(toCheckOptions(settings).corrections).toEqual(settings.corrections);
    expect(serializeSettings(settings)[SETTING_KEYS.corrections]).toBe('{"tables":{"PK!A3":{"excluded":true}}}');
    expect(toCheckOptions(parseSettings({})).corrections).toBeUndefined();
  });
});
