/**
 * The `lkjip` command: dispatches to `hitung` and `periksa`; help and version in Indonesian. Each
 * command's modules (and the help, which lists the scale presets) load only when needed, so the
 * command starts at once.
 */
import { visibleControls } from "./terminal";

const HELP_FLAGS = ["--help", "-h", "bantuan"];

/** The version of the installed package (package.json sits two levels above both src/cli and lib/cli). */
export function version(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../../package.json") as { version: string }).version;
}

export async function main(argv: string[]): Promise<number> {
  // Everything printed may hold text from a workbook: control characters are shown, never obeyed.
  const out = (s: string) => process.stdout.write(visibleControls(s) + "\n");
  const err = (s: string) => process.stderr.write(visibleControls(s) + "\n");
  const [command, ...rest] = argv;
  if (command === undefined || HELP_FLAGS.includes(command)) {
    out((await import("./help")).mainHelp());
    return command === undefined ? 2 : 0;
  }
  if (command === "--version" || command === "-v" || command === "versi") {
    out(`lkjip ${version()}`);
    return 0;
  }
  try {
    if (command === "periksa") {
      if (rest.some((a) => HELP_FLAGS.includes(a))) {
        out((await import("./help")).periksaHelp());
        return 0;
      }
      const many = await import("./commands/periksaBanyak");
      if (await many.namesMany(rest)) return await many.periksaBanyak(rest, out, err);
      return await (await import("./commands/periksa")).periksa(rest, out, err);
    }
    if (command === "hitung") return await (await import("./commands/hitung")).hitung(rest, out);
  } catch (e) {
    err(`lkjip: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
  err(`lkjip: perintah tidak dikenal “${command}”. Lihat: lkjip --help`);
  return 2;
}

// Run directly (`node lib/cli/main.js periksa …`) as well as through the `lkjip` bin.
if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code));
}
