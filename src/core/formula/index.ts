/** One formula builder for the whole add-in: typed trees, canonical text, and the user's notation. */
export * from "./expr";
export * from "./render";
export * from "./notation";
export * from "./ratios";
