/**
 * The add-in's settings in Office.context.document.settings (saved with the document). Office cannot
 * list the keys it holds, so they are read by name: any key works, not a fixed list.
 */

/** The part of Office.context.document.settings the host uses. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string | number; error?: { message: string } }) => void): void;
}

/** The stored values of `keys` (absent and empty ones left out), as text. */
export function readDocumentSettings(s: DocumentSettingsLike, keys: Iterable<string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of keys) {
    const v = s.get(key);
    if (v !== null && v !== undefined && v !== "") out[key] = typeof v === "string" ? v : JSON.stringify(v);
  }
  return out;
}

/** Sets (null: removes) the keys and saves them into the document. */
export async function writeDocumentSettings(s: DocumentSettingsLike, values: Record<string, string | null>): Promise<void> {
  for (const [k, v] of Object.entries(values)) {
    if (v === null) s.remove(k);
    else s.set(k, v);
  }
  await new Promise<void>((resolve, reject) =>
    s.saveAsync((result) => {
      const failed = result && (result.status === "failed" || result.status === 1 || result.error);
      if (failed) reject(new Error(`Pengaturan gagal disimpan: ${result.error?.message ?? "tidak diketahui"}`));
      else resolve();
    }),
  );
}
