// Generates libbc.json: luajit's stripped dumps of its library functions written in Lua
// (string.dump of string.len, table.remove, ...).
//   deno run -A tests/golden/lib_data/gen_libbc.ts
import { runLuajit } from "./oracle.ts";

const NAMES = [
  "string.len",
  "math.deg",
  "math.rad",
  "table.foreachi",
  "table.foreach",
  "table.getn",
  "table.remove",
  "table.move",
];
const src = NAMES.map((n) =>
  `io.write((string.dump(${n}):gsub(".", function(c) return string.format("%02x", c:byte()) end)), "\\n")`
).join("\n");
const lines = (await runLuajit(src)).trim().split("\n");
const data = Object.fromEntries(NAMES.map((n, i) => [n, lines[i]]));
await Deno.writeTextFile(
  new URL("./libbc.json", import.meta.url),
  JSON.stringify(data, null, 1) + "\n",
);
console.log(`libbc.json: ${NAMES.length} dumps`);
