/** Node's zlib as the patcher's deflater: the same parts, valid entries (CRC-32 as fflate computes it). */
import { inflateSync, strToU8, unzipSync } from "fflate";
import { nodeDeflate } from "../../src/cli/nodeDeflate";
import { patchPackage } from "../../src/hosts/xlsx/package/patch";
import { entryBytes, readZip, writeZip } from "../../src/hosts/xlsx/package/zip";
import { richPackage } from "../support/richPackage";

test("the deflater gives the raw DEFLATE stream and the CRC-32 a zip entry needs", () => {
  const data = strToU8(`<sheetData>${'<row r="1"><c r="A1"><v>94,12</v></c></row>'.repeat(2000)}</sheetData>`);
  const { compressed, crc } = nodeDeflate(data);
  expect(inflateSync(compressed)).toEqual(data);
  // fflate's own zip writer computes the CRC itself: both entries carry the same one.
  const [byFflate] = readZip(writeZip([{ name: "a.xml", data }]));
  const [byZlib] = readZip(writeZip([{ name: "a.xml", data }], nodeDeflate));
  expect(crc).toBe(byFflate.crc);
  expect(byZlib.crc).toBe(crc);
  expect(entryBytes(byZlib)).toEqual(data);
  expect(unzipSync(writeZip([{ name: "a.xml", data }], nodeDeflate))["a.xml"]).toEqual(data);
});

test("a patched copy written with Node's zlib has the same parts as one written with fflate", () => {
  const original = richPackage();
  const changes = () => ({
    edits: new Map([["Formulir PK", [{ row: 5, col: 6, content: { kind: "number" as const, value: 110 } }]]]),
    deleted: [],
    added: [{ name: "Tabel Naratif", cells: [{ row: 0, col: 0, content: { kind: "text" as const, value: "Tabel 3.1" } }] }],
  });
  const withFflate = unzipSync(patchPackage(original, changes()));
  const withZlib = unzipSync(patchPackage(original, changes(), { deflate: nodeDeflate }));
  expect(Object.keys(withZlib).sort()).toEqual(Object.keys(withFflate).sort());
  for (const name of Object.keys(withFflate)) expect(withZlib[name]).toEqual(withFflate[name]);
});
