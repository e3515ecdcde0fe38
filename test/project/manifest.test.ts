/**
 * @jest-environment jsdom
 */
import * as fs from "fs";
import * as path from "path";

const root = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const all = (tag: string) => Array.from(doc.getElementsByTagName(tag));

describe("manifest.xml", () => {
  test("is well-formed XML for an Excel task pane add-in named Asisten LKjIP", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
    expect(all("DisplayName")[0].getAttribute("DefaultValue")).toBe("Asisten LKjIP");
    expect(all("Host").map((h) => h.getAttribute("Name") ?? h.getAttribute("xsi:type"))).toEqual(["Workbook", "Workbook"]);
    expect(all("DefaultLocale")[0].textContent).toBe("id-ID");
  });

  test("runs task pane and custom functions in one shared runtime", () => {
    const set = all("bt:Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
    expect(set?.getAttribute("MinVersion")).toBe("1.1");
    const runtime = all("Runtime")[0];
    expect(runtime.getAttribute("lifetime")).toBe("long");
    const cf = all("ExtensionPoint").find((e) => e.getAttribute("xsi:type") === "CustomFunctions")!;
    const page = cf.getElementsByTagName("Page")[0].getElementsByTagName("SourceLocation")[0];
    expect(page.getAttribute("resid")).toBe(runtime.getAttribute("resid"));
    expect(all("FunctionFile")[0].getAttribute("resid")).toBe(runtime.getAttribute("resid"));
  });

  test("installs where the shared runtime is missing: SharedRuntime only in VersionOverrides, the base asks for ExcelApi 1.1", () => {
    const base = Array.from(doc.documentElement.children).find((e) => e.tagName === "Requirements")!;
    const baseSets = Array.from(base.getElementsByTagName("Set")).map(
      (s) => `${s.getAttribute("Name")} ${s.getAttribute("MinVersion")}`,
    );
    expect(baseSets).toEqual(["ExcelApi 1.1"]);
    const overrides = all("VersionOverrides")[0];
    const ovRequirements = Array.from(overrides.children).find((e) => e.tagName === "Requirements")!;
    // Requirements comes before Hosts in VersionOverridesV1_0's sequence.
    expect(
      Array.from(overrides.children)
        .map((e) => e.tagName)
        .slice(0, 2),
    ).toEqual(["Requirements", "Hosts"]);
    expect(Array.from(ovRequirements.getElementsByTagName("bt:Set")).map((s) => s.getAttribute("Name"))).toEqual([
      "SharedRuntime",
    ]);
    // The task pane without overrides still has its page.
    expect(all("SourceLocation")[0].getAttribute("DefaultValue")).toMatch(/taskpane\.html$/);
  });

  test("declares no function namespace, so users type =CAPAIAN(...) without a prefix", () => {
    expect(all("Namespace")).toHaveLength(0);
    expect(xml).not.toMatch(/Functions\.Namespace/);
  });

  test("every resource id used is defined, and every icon exists in assets/", () => {
    const defined = new Set(
      all("bt:Image")
        .concat(all("bt:Url"), all("bt:String"))
        .map((e) => e.getAttribute("id"))
        .filter(Boolean),
    );
    const used = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
    for (const id of used) expect(defined).toContain(id);
    const icons = xml.match(/assets\/[\w-]+\.png/g) ?? [];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) expect(fs.existsSync(path.join(root, icon))).toBe(true);
  });
});
