// Generates io.json: file:read formats ("*n", "*l", "*L", "*a", counts) applied to file
// contents chosen here, with luajit's results.   deno run -A tests/golden/lib_data/gen_io.ts
import { EmitReader, LUA_EMIT, type LuaVal, luaVal, runLuajit, toJ } from "./oracle.ts";

const NUMBERS = [
  "12",
  "  -3.5e2x",
  "1e",
  "1e+",
  "1ex",
  "0x1p4",
  "0x",
  "0xg",
  "0x.8",
  ".5",
  ".",
  "-.",
  "+",
  "inf",
  "-infinity",
  "infx",
  "infi",
  "infin!",
  "nan",
  "nan(123)",
  "nan(",
  "NaN",
  "nax",
  "1.2.3",
  "12abc",
  "\n\t 7",
  "",
  "abc",
  "0x1P-2",
  "1e500",
  "-0",
  "00012",
  "1,5",
  "1__",
  "0X1.8P+1z",
  "3.",
  "3.e2",
  "e5",
  "0e",
  "+-1",
  "1e+-2",
  "9".repeat(400),
  "0x1fffffffffffff9",
  "  +0x10",
  "-nan",
  "INF",
  "0.1e-400",
  "1 2 3",
  "\v\f\r 5",
  "0x1.",
  "0x.p1",
  "5e+",
  "5E-3",
  "2.5\n",
  "-",
  "-x",
  "1e99999999999999999999",
  "4.9406564584124654e-324",
  "0b101",
];
const CONTENTS = [
  "",
  "a",
  "\n",
  "\n\n",
  "line1\nline2\n",
  "line1\nline2",
  "no newline",
  "a\r\nb\r\n",
  "\0x\0\n",
  "x".repeat(5000) + "\n" + "y".repeat(10),
  "1 2 3\n4\n",
  "12 abc\n",
  " 3.5\n\nz",
];
const FORMATS: LuaVal[][] = [
  ["*l"],
  ["*L"],
  ["*a"],
  ["l"],
  ["L"],
  ["a"],
  [0],
  [1],
  [3],
  [100],
  ["*l", "*l"],
  ["*l", "*l", "*l"],
  ["*L", "*a"],
  ["*n", "*n"],
  ["*n", "*l"],
  ["*n", "*n", "*n", "*n"],
  [2, 2, 2],
  ["*a", "*a"],
  ["*a", "*l"],
  [0, "*l", 0],
  ["*x"],
  ["x"],
  [true],
  ["*"],
  [""],
  [-1],
  [1.5],
  ["*l", "*bad"],
  [],
];

const LUA = LUA_EMIT + `
local function pk(...) return { n = select("#", ...), ... } end
local function rec(r) io.write(r.n, " ") for i = 1, r.n do emit(r[i]) end io.write("\\n") end
local function with(s, f)
  local h = io.tmpfile() h:write(s) h:seek("set", 0)
  local r = f(h) h:close() return r
end
function NUM(s) rec(with(s, function(h) local n = h:read("*n") return pk(n, h:read("*a")) end)) end
function READ(s, ...)
  local fmts = pk(...)
  rec(with(s, function(h) return pk(pcall(h.read, h, unpack(fmts, 1, fmts.n))) end))
end
`;
let src = LUA;
for (const s of NUMBERS) src += `NUM(${luaVal(s)})\n`;
for (const c of CONTENTS) {
  for (const f of FORMATS) src += `READ(${[c, ...f].map(luaVal).join(", ")})\n`;
}
const out = new EmitReader(await runLuajit(src));
const rec = () => {
  const sp = out.text.indexOf(" ", out.pos);
  const n = Number(out.text.slice(out.pos, sp));
  out.pos = sp + 1;
  const r = [];
  for (let i = 0; i < n; i++) r.push(toJ(out.next()));
  out.newline();
  return r;
};
const numbers = NUMBERS.map((s) => ({ input: toJ(s), out: rec() }));
const reads = CONTENTS.flatMap((c) =>
  FORMATS.map((f) => ({ input: toJ(c), formats: f.map(toJ), out: rec() }))
);
if (!out.done()) throw new Error("trailing oracle output");
await Deno.writeTextFile(
  new URL("./io.json", import.meta.url),
  JSON.stringify({ numbers, reads }).replaceAll("},{", "},\n{") + "\n",
);
console.log(`io.json: ${numbers.length} number reads, ${reads.length} format reads`);
