// Generates buffer.json: string.buffer encode/decode cases (values and byte strings chosen
// here) with luajit's results.   deno run -A tests/golden/lib_data/gen_buffer.ts
import { EmitReader, LUA_EMIT, luaStr, luaVal, runLuajit, toJ } from "./oracle.ts";

/** A value description: a plain value, or a table built by assignments in this order. */
export type Desc =
  | number
  | string
  | boolean
  | null
  | { t: [Desc, Desc][]; mt?: number }
  | { deep: number };

function luaDesc(d: Desc): string {
  if (d === null || typeof d !== "object") return luaVal(d);
  if ("deep" in d) return `DEEP(${d.deep})`;
  const sets = d.t.map(([k, v]) => `t[${luaDesc(k)}] = ${luaDesc(v)}`).join(" ");
  const mt = d.mt !== undefined ? ` setmetatable(t, MT[${d.mt}])` : "";
  return `(function() local t = {} ${sets}${mt} return t end)()`;
}

const seq = (n: number, f = (i: number): Desc => i): Desc => ({
  t: Array.from({ length: n }, (_, i) => [i + 1, f(i + 1)] as [Desc, Desc]),
});

const ENCODE: Desc[] = [
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  1e300,
  2 ** 53,
  Infinity,
  -Infinity,
  NaN,
  "",
  "a",
  "hello",
  "x".repeat(191),
  "x".repeat(192),
  "x".repeat(300),
  "x".repeat(8159),
  "x".repeat(8160),
  "\0\xff",
  { t: [] },
  seq(1),
  seq(3),
  seq(10),
  seq(300, (i) => i * 2),
  { t: [[0, "zero"]] },
  { t: [[0, 0], [1, 1], [2, 2]] },
  { t: [["k", "v"]] },
  { t: [[1, "a"], ["k", true]] },
  { t: [[2, "b"]] },
  { t: [[1, 1], [3, 3]] },
  { t: [[1.5, "f"]] },
  { t: [[true, false]] },
  { t: [[1, { t: [[1, { t: [] }]] }]] },
  { t: [["k", seq(2)]] },
  { t: [[-1, "neg"]] },
  { t: [[1, null], [2, 2]] },
  { t: [[100, 1]] },
  seq(2, () => ({ t: [] })),
  { t: [["a", 1]], mt: 1 },
  { t: [["a", 1]], mt: 2 },
  { t: [["name", "x"]] },
  { t: [["dict", 1]] },
];
// Byte strings to decode (valid and broken).
const DECODE: string[] = [
  "",
  "\x00",
  "\x01",
  "\x02",
  "\x03",
  "\x04",
  "\x05",
  "\x06\x01\x00\x00\x00",
  "\x06\xff\xff\xff\xff",
  "\x06\x01",
  "\x07\x00\x00\x00\x00\x00\x00\xf0\x3f",
  "\x07\x00",
  "\x20",
  "\x21a",
  "\x22a",
  "\x25hello",
  "\xe0\x00" + "y".repeat(0xe0),
  "\xe0",
  "\xff\x20\x00\x00\x00",
  "\xff\x25\x00\x00\x00hello",
  "\x08",
  "\x09\x01\x21k\x21v",
  "\x0a\x01\x21a",
  "\x0a\x02\x21a\x21b",
  "\x0c\x02\x21a",
  "\x0c\x03\x21a\x21b",
  "\x0d\x02\x01\x21a\x21k\x02",
  "\x09\x01\x00\x01",
  "\x09\x01\x07\x00\x00\x00\x00\x00\x00\xf8\x7f\x01",
  "\x09\x02\x21k\x01\x21k\x02",
  "\x09\x02\x21k\x01",
  "\x0e\x00\x08",
  "\x0f\x00",
  "\x10",
  "\x10\x01\x00\x00\x00\x00\x00\x00\x00",
  "\x11\xff\xff\xff\xff\xff\xff\xff\xff",
  "\x12",
  "\x13",
  "\x1f",
  "\x14",
  "\x00\x00",
  "\x21ab",
  "\x0a\xff\x00\x00\x00\x00",
  "\x0b\x01",
  "\x0f\x05",
  "\x0e\x00\x09\x01\x21a\x01",
  "\x0e\x01\x08",
  "\x0e\x00\x0e",
  "\x09" + "\x01\x21k\x09".repeat(60) + "\x01\x21k\x01",
  "\x0a\x01" + "\x0a\x01".repeat(120) + "\x00",
];
// Deep nesting for the encoder: tables t[1] = t' nested n levels.
ENCODE.push({ deep: 99 }, { deep: 100 }, { deep: 101 });

const LUA = LUA_EMIT + `
local buffer = require("string.buffer")
MT = { {}, {} }
function DEEP(n) local t = {} for i = 2, n do t = { t } end return t end
local function pk(...) return { n = select("#", ...), ... } end
local function rec(r) io.write(r.n, " ") for i = 1, r.n do emit(r[i]) end io.write("\\n") end
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
-- A canonical text of a value: tables list their entries sorted by key text.
local function dump(v, depth)
  if type(v) ~= "table" then
    if type(v) == "string" then return string.format("%q", v) end
    if type(v) == "number" then return string.format("%.17g", v) end
    return tostring(v)
  end
  if depth > 130 then return "..." end
  local items = {}
  for k, x in pairs(v) do items[#items + 1] = dump(k, depth + 1) .. "=" .. dump(x, depth + 1) end
  table.sort(items)
  local m = getmetatable(v)
  return (m == MT[1] and "mt1" or m == MT[2] and "mt2" or "") .. "{" .. table.concat(items, ",") .. "}"
end
function ENC(v) local r = pk(pcall(buffer.encode, v)) if r[1] then r[2] = hex(r[2]) end rec(r) end
function ENCD(v) -- with dictionaries
  local b = buffer.new({ dict = { "name", "dict" }, metatable = { MT[1], false } })
  local r = pk(pcall(b.encode, b, v)) if r[1] then r[2] = hex(b:tostring()) end rec(r)
end
function DEC(s) local r = pk(pcall(buffer.decode, s)) if r[1] then r[2] = dump(r[2], 0) end rec(r) end
function DECD(s)
  local b = buffer.new({ dict = { "name", "dict" }, metatable = { MT[1], false } }):set(s)
  local r = pk(pcall(b.decode, b)) if r[1] then r[2] = dump(r[2], 0) .. "|" .. #b end rec(r)
end
`;
let src = LUA;
for (const d of ENCODE) src += `ENC(${luaDesc(d)}) ENCD(${luaDesc(d)})\n`;
for (const s of DECODE) src += `DEC(${luaStr(s)}) DECD(${luaStr(s)})\n`;
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
const encode = ENCODE.map((d) => ({ value: d, plain: rec(), dict: rec() }));
const decode = DECODE.map((s) => ({ bytes: toJ(s), plain: rec(), dict: rec() }));
if (!out.done()) throw new Error("trailing oracle output");
const numJ = (d: Desc): unknown =>
  typeof d === "number" || typeof d === "string"
    ? toJ(d)
    : d && typeof d === "object"
    ? "deep" in d ? d : { ...d, t: d.t.map(([k, v]) => [numJ(k), numJ(v)]) }
    : d;
await Deno.writeTextFile(
  new URL("./buffer.json", import.meta.url),
  JSON.stringify({ encode: encode.map((e) => ({ ...e, value: numJ(e.value) })), decode }) + "\n",
);
console.log(`buffer.json: ${encode.length} encodings, ${decode.length} decodings`);
