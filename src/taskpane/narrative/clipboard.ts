/**
 * "Salin untuk Word": puts rich text (text/html) and plain text on the clipboard. Falls back to
 * copying a hidden contenteditable element where the async Clipboard API or ClipboardItem is missing
 * (older Office webviews).
 */
export async function copyRichText(html: string, text: string, doc: Document = document): Promise<void> {
  const nav = doc.defaultView?.navigator;
  const Item = (doc.defaultView as (Window & { ClipboardItem?: typeof ClipboardItem }) | null)?.ClipboardItem;
  if (nav?.clipboard?.write && Item) {
    try {
      await nav.clipboard.write([
        new Item({
          "text/html": new Blob([html], { type: "text/html" }),
          "text/plain": new Blob([text], { type: "text/plain" }),
        }),
      ]);
      return;
    } catch {
      // Permission refused or not supported in this webview: use the fallback below.
    }
  }
  copyWithSelection(html, doc);
}

function copyWithSelection(html: string, doc: Document): void {
  const box = doc.createElement("div");
  box.contentEditable = "true";
  box.setAttribute("aria-hidden", "true");
  box.style.position = "fixed";
  box.style.left = "-10000px";
  box.style.top = "0";
  box.innerHTML = html;
  doc.body.appendChild(box);
  const selection = doc.getSelection();
  const range = doc.createRange();
  range.selectNodeContents(box);
  selection?.removeAllRanges();
  selection?.addRange(range);
  try {
    const ok = typeof doc.execCommand === "function" && doc.execCommand("copy");
    if (!ok) throw new Error("Peramban menolak menyalin; pilih tabel lalu tekan Ctrl+C.");
  } finally {
    selection?.removeAllRanges();
    box.remove();
  }
}
