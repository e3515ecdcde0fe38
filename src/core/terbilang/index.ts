export { terbilang } from "./terbilang";
export type { TerbilangOptions } from "./terbilang";
