/* Where the add-in is served, and the manifest rewritten for it. The manifest in the repository names the
 * development server (https://localhost:3000/); a build for an office (LKJIP_URL=https://host/path/) or a
 * dev server on another PORT gets every one of those URLs, the AppDomain (an origin, no path) included. */
const DEV_ORIGIN = "https://localhost:3000";

/** The base URL of the hosted dist/ folder, always ending in "/". Throws on anything Office will not load. */
function deploymentBase(raw) {
  let url;
  try {
    url = new URL(String(raw).trim());
  } catch {
    throw new Error(`LKJIP_URL bukan alamat web yang sah: "${raw}" (contoh: https://intranet.kantor.go.id/lkjip/)`);
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !local)
    throw new Error(`LKJIP_URL harus https (Office hanya memuat add-in dari https): "${raw}"`);
  if (url.search || url.hash) throw new Error(`LKJIP_URL tidak boleh berisi ? atau #: "${raw}"`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

/** The manifest with every development URL pointing at `base` (see deploymentBase) instead. */
function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return String(xml)
    .replace(new RegExp(`${DEV_ORIGIN}/`, "g"), base)
    .replace(new RegExp(`<AppDomain>${DEV_ORIGIN}</AppDomain>`, "g"), `<AppDomain>${origin}</AppDomain>`);
}

/** The base URL a build writes into the manifest: LKJIP_URL, else the dev server on PORT (default 3000). */
function baseFromEnv(env = process.env) {
  if (env.LKJIP_URL) return deploymentBase(env.LKJIP_URL);
  return `https://localhost:${Number(env.PORT || 3000)}/`;
}

module.exports = { DEV_ORIGIN, deploymentBase, rewriteManifest, baseFromEnv };
