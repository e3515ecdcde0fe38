export { parseNumber, toDecimal } from "./parse";
export type { ParsedNumber, ParseOptions } from "./parse";
export { displayedDecimals, isPercentFormat } from "./display";
export { matchesDisplayed } from "./compare";
export { formatId, formatNumber, formatRupiah, INDONESIAN_NUMBERS, US_NUMBERS } from "./format";
export { localeFromLanguage } from "./locale";
