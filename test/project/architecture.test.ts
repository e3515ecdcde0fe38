/**
 * The shape the folders promise: no import cycle anywhere, and the core imports nothing outside
 * src/core (no hosts, no task pane, no app layer, no Office.js, no DOM packages).
 */
import madge from "madge";
import { readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";

const root = resolve(__dirname, "../..");
const core = join(root, "src/core");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

test("no circular imports in src", async () => {
  const graph = await madge(join(root, "src"), {
    fileExtensions: ["ts", "tsx"],
    tsConfig: join(root, "tsconfig.json"),
  });
  expect(graph.circular()).toEqual([]);
}, 60_000);

test("src/core imports only src/core and pure packages", () => {
  const allowedPackages = new Set(["decimal.js"]);
  const outside: string[] = [];
  for (const file of files(core)) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)) {
      const spec = m[1];
      if (spec.startsWith(".")) {
        const target = resolve(dirname(file), spec);
        if (relative(core, target).startsWith("..")) outside.push(`${relative(root, file)} -> ${spec}`);
      } else if (!allowedPackages.has(spec)) outside.push(`${relative(root, file)} -> ${spec}`);
    }
  }
  expect(outside).toEqual([]);
});
