// Public embedding API of ljts.
export { LUAJIT_VERSION, VERSION } from "./core/version.ts";
export { main } from "./cli/main.ts";
export type { CliIO } from "./cli/common.ts";
export { BC, bcName } from "./core/bc.ts";
export { Proto } from "./core/func.ts";
