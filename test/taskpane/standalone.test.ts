/** The standalone page refuses a file over the reader's limit before reading it into memory. */
import { openWorkbookFile } from "../../src/taskpane/standalone";
import { READ_LIMITS } from "../../src/hosts/xlsx/readXlsx";

test("a file over the size limit is 'terlalu besar', and is never read", async () => {
  const arrayBuffer = jest.fn();
  const file = { name: "LKjIP-besar.xlsx", size: READ_LIMITS.fileBytes + 1, arrayBuffer } as unknown as File;
  await expect(openWorkbookFile(file, "s")).rejects.toMatchObject({
    problem: "terlalu-besar",
    message: "Berkas terlalu besar untuk diperiksa: lebih dari 100 MB (batas 100 MB).",
  });
  expect(arrayBuffer).not.toHaveBeenCalled();
});
