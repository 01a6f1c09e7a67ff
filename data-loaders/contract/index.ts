export * from "./registry.ts";
export * from "./tables.ts";
export * from "./schema.ts";
export * from "./validate.ts";
