/**
 * Is this page running inside Excel? Outside Office, office.js may be missing (no network, file
 * opened directly) or `Office.onReady` answers with host null; a short timeout covers a hang.
 */
export type PageMode = { kind: "excel" } | { kind: "standalone"; reason: string | null };

interface OfficeLike {
  onReady?: () => Promise<{ host: string | null }>;
  HostType?: { Excel: string };
}

export async function detectHost(office: OfficeLike | undefined, timeoutMs = 2500): Promise<PageMode> {
  if (!office || typeof office.onReady !== "function") return { kind: "standalone", reason: null };
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (!info || !info.host) return { kind: "standalone", reason: null };
  if (info.host === (office.HostType?.Excel ?? "Excel")) return { kind: "excel" };
  return {
    kind: "standalone",
    reason: `Asisten LKjIP hanya berjalan di Excel (bukan ${info.host}); halaman ini berjalan mandiri.`,
  };
}
