import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTIONS } from "../../src/functions/impl/registry";

interface Param {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Param[];
}

describe("custom functions metadata generated from the JSDoc", () => {
  let functions: FunctionMetadata[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(["src/functions/functions.ts"], true);
    expect(result.errors).toEqual([]);
    functions = JSON.parse(result.metadataJson).functions;
  });

  it("registers every function under its bare name, the same set the CLI evaluates", () => {
    expect(functions.map((f) => f.name).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
    for (const f of functions) {
      expect(f.id).toBe(f.name);
      expect(f.name).not.toContain(".");
    }
  });

  it("declares the parameters of the registry, optional ones optional, all as ranges", () => {
    for (const spec of FUNCTIONS) {
      const meta = functions.find((f) => f.name === spec.name) as FunctionMetadata;
      expect(meta.parameters.map((p) => p.name)).toEqual(spec.params.map((p) => p.name));
      expect(meta.parameters.map((p) => p.optional === true)).toEqual(spec.params.map((p) => p.optional));
      expect(meta.parameters.every((p) => p.dimensionality === "matrix")).toBe(true);
    }
  });

  it("describes each function and parameter in Indonesian", () => {
    const indonesian = /\b(dan|atau|dalam|dengan|yang|dari|misalnya|rentang|angka|capaian|anggaran|skala|bilangan)\b/i;
    for (const f of functions) {
      expect(f.description).toMatch(indonesian);
      for (const p of f.parameters) expect(p.description).toMatch(indonesian);
    }
    const capaian = functions.find((f) => f.name === "CAPAIAN") as FunctionMetadata;
    expect(capaian.description).toMatch(/realisasi dibagi target/);
  });

  it("keeps every description within 128 characters, the limit of older custom-functions metadata schemas", () => {
    for (const f of functions) {
      expect(f.description!.length).toBeLessThanOrEqual(128);
      for (const p of f.parameters)
        expect(`${f.name}.${p.name}: ${p.description!.length}`).toBe(
          `${f.name}.${p.name}: ${Math.min(p.description!.length, 128)}`,
        );
    }
  });
});
