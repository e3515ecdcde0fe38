/** @jest-environment jsdom */
/** A finding card: the fix formula in the user's notation; no fix button and no empty value line where nothing is known. */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { FindingItem } from "../../../src/taskpane/components/FindingItem";
import type { Finding } from "../../../src/core/check/finding";

const capped: Finding = {
  rule: "capaian",
  severity: "error",
  sheet: "PK",
  cell: "G4",
  message: "Capaian tertulis 150,00 %, seharusnya 120,00.",
  expected: "120,00",
  actual: "150,00 %",
  fix: { value: 1.2, formula: "MIN(1.2,F4/E4)" },
};

function card(f: Finding, decimalComma: boolean) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ul>
        <FindingItem finding={f} selected={false} onSelect={() => {}} onFix={() => {}} decimalComma={decimalComma} />
      </ul>
    </FluentProvider>,
  );
}

describe("FindingItem", () => {
  it("shows the fix formula as an Indonesian Excel takes it (; and decimal comma)", () => {
    card(capped, true);
    expect(screen.getByText("Rumus perbaikan: =MIN(1,2;F4/E4)")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Perbaiki PK!G4" })).toBeTruthy();
  });

  it("shows it as a US Excel takes it when the workbook's decimal mark is a point", () => {
    card(capped, false);
    expect(screen.getByText("Rumus perbaikan: =MIN(1.2,F4/E4)")).toBeTruthy();
  });

  it("an empty expected value: no fix button and no “(kosong) · (kosong)” line", () => {
    const nothing: Finding = {
      rule: "nilai-kosong",
      severity: "info",
      sheet: "LRA",
      cell: "H46",
      message: "Sel persentase realisasi anggaran kosong.",
      expected: null,
      actual: null,
    };
    card(nothing, true);
    expect(screen.queryByRole("button", { name: /Perbaiki/ })).toBeNull();
    expect(screen.queryByText(/kosong\) · Seharusnya/)).toBeNull();
    expect(screen.queryByText(/Rumus perbaikan/)).toBeNull();
  });
});
