/**
 * Text from a workbook is printed to a reviewer's terminal: control characters are made visible so a
 * cell cannot clear the screen, move the cursor, set the window title or reorder text (bidi controls).
 * Line feeds and tabs of the report itself stay as they are.
 */

function codePoint(code: number): string {
  return `<U+${code.toString(16).toUpperCase().padStart(4, "0")}>`;
}

const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** ESC -> "␛", CR -> "␍", other C0 controls as their control pictures; C1, DEL and bidi controls as <U+XXXX>. */
export function visibleControls(text: string): string {
  return text.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return code < 0x20 ? String.fromCharCode(0x2400 + code) : codePoint(code);
  });
}
