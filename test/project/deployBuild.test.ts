/**
 * Installing for an office: `LKJIP_URL=https://host/path npm run build` gives a dist/ to host as it is. The
 * build is run for real (webpack, production) into a temporary folder; its manifest must name only the
 * deployment URL, point at files that exist in the folder, and validate offline against Microsoft's XSDs
 * (test/project/xsd, see its README for their source).
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, existsSync } from "fs";
import { tmpdir } from "os";
import { join, relative, resolve } from "path";
import { validateXML } from "xmllint-wasm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deploymentBase, rewriteManifest, baseFromEnv } = require("../../scripts/deploy-url") as {
  deploymentBase(raw: string): string;
  rewriteManifest(xml: string, base: string): string;
  baseFromEnv(env: Record<string, string | undefined>): string;
};

const ROOT = resolve(__dirname, "../..");
const XSD_DIR = join(__dirname, "xsd");

async function validateManifest(xml: string): Promise<string[]> {
  const schemas = readdirSync(XSD_DIR)
    .filter((f) => f.endsWith(".xsd"))
    .map((f) => ({ fileName: f, contents: readFileSync(join(XSD_DIR, f), "utf8") }));
  const main = schemas.find((s) => s.fileName === "OfficeAppManifestV1_1.xsd")!;
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: main,
    preload: schemas.filter((s) => s !== main),
  });
  return result.errors.map((e) => e.rawMessage);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every URL the manifest names (DefaultValue attributes and AppDomain). */
function manifestUrls(xml: string): { values: string[]; appDomains: string[] } {
  const values = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
  const appDomains = [...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1]);
  return { values, appDomains };
}

describe("deployment URL", () => {
  test("a URL without a trailing slash is a folder; http (except localhost) and junk are refused", () => {
    expect(deploymentBase("https://intranet.kantor.go.id/lkjip")).toBe("https://intranet.kantor.go.id/lkjip/");
    expect(deploymentBase(" https://lkjip.kab.go.id ")).toBe("https://lkjip.kab.go.id/");
    expect(deploymentBase("https://intranet.kantor.go.id/add-in/lkjip/")).toBe("https://intranet.kantor.go.id/add-in/lkjip/");
    expect(() => deploymentBase("http://intranet.kantor.go.id/lkjip/")).toThrow(/https/);
    expect(() => deploymentBase("intranet/lkjip")).toThrow(/bukan alamat web/);
    expect(() => deploymentBase("https://x.go.id/lkjip/?v=1")).toThrow(/\?/);
  });

  test("PORT keeps the dev manifest in step: every URL and the AppDomain name the port", () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    const base = baseFromEnv({ PORT: "3443" });
    expect(base).toBe("https://localhost:3443/");
    const out = rewriteManifest(xml, base);
    expect(out).not.toMatch(/localhost:3000/);
    const { values, appDomains } = manifestUrls(out);
    expect(values.length).toBeGreaterThan(8);
    for (const v of values) expect(v.startsWith("https://localhost:3443/")).toBe(true);
    expect(appDomains).toEqual(["https://localhost:3443"]);
  });

  test("the repository's manifest validates against the XSDs, and the validator does reject a wrong one", async () => {
    const xml = readFileSync(join(ROOT, "manifest.xml"), "utf8");
    expect(await validateManifest(xml)).toEqual([]);
    expect((await validateManifest(xml.replace('lifetime="long"', 'lifetime="forever"'))).join("\n")).toMatch(/lifetime/);
    expect((await validateManifest(xml.replace("<Permissions>", "<Izin/><Permissions>"))).join("\n")).toMatch(/Izin/);
  });
});

describe("LKJIP_URL=https://intranet.kantor.go.id/lkjip npm run build", () => {
  const out = mkdtempSync(join(tmpdir(), "lkjip-deploy-"));
  const base = "https://intranet.kantor.go.id/lkjip/";
  let manifest = "";

  beforeAll(() => {
    execFileSync(
      process.execPath,
      [join(ROOT, "node_modules/webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out],
      {
        cwd: ROOT,
        env: { ...process.env, LKJIP_URL: "https://intranet.kantor.go.id/lkjip", PORT: "" },
        stdio: "pipe",
      },
    );
    manifest = readFileSync(join(out, "manifest.xml"), "utf8");
  }, 240_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  test("no file of the build mentions localhost", () => {
    const texts = filesUnder(out).filter((f) => /\.(html|js|json|xml|txt)$/.test(f));
    expect(texts.length).toBeGreaterThan(4);
    const withLocalhost = texts.filter((f) => readFileSync(f, "utf8").includes("localhost")).map((f) => relative(out, f));
    expect(withLocalhost).toEqual([]);
  });

  test("every manifest URL is under the deployment URL and names a file of the build; AppDomain is its origin", () => {
    const { values, appDomains } = manifestUrls(manifest);
    expect(values.length).toBeGreaterThan(8);
    for (const url of values) {
      expect(url.startsWith(base)).toBe(true);
      expect(existsSync(join(out, url.slice(base.length)))).toBe(true);
    }
    expect(appDomains).toEqual(["https://intranet.kantor.go.id"]);
  });

  test("SupportUrl is the help page shipped in the build, not the task pane", () => {
    const support = /<SupportUrl DefaultValue="([^"]+)"/.exec(manifest)![1];
    expect(support).toBe(`${base}bantuan.html`);
    const help = readFileSync(join(out, "bantuan.html"), "utf8");
    expect(help).toMatch(/<html lang="?id"?>/);
    for (const section of ["Kesalahan", "Peringatan", "Info", "Privasi", "tidak dikirim", "Bila ada masalah"])
      expect(help).toContain(section);
  });

  test("the built manifest validates against Microsoft's XSDs offline", async () => {
    expect(await validateManifest(manifest)).toEqual([]);
  });
});
