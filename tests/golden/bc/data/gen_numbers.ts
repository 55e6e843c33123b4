// Writes numbers.json: for each number text, what luajit's tonumber() returns and, for texts
// that start like a number literal, what `return <text>` gives (a number, a cdata value as
// tostring shows it, or the syntax error).
//   deno run -A tests/golden/bc/data/gen_numbers.ts
import { EmitReader, LUA_EMIT, luaStr, makeRng, runLuajit, toJ } from "../../lib_data/oracle.ts";

// deno-fmt-ignore
const FIXED = [
  "0", "1", "-0", "+1", "00012", "1.5", ".5", "5.", "1e2", "1E-2", ".5e1", "1e+2", "3e0",
  "0x10", "0XfF", "0xA", "0x7fffffff", "0x80000000", "0xffffffff", "0x100000000",
  "0x7fffffffffffffff", "0xffffffffffffffff", "0x10000000000000000", "0x1p4", "0x.8p1",
  "0x1.8P-1", "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x3p-1076", "0x1p1023", "0x1p1024",
  "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7p1023", "0xA.8p0", "0x.1", "0x1.",
  "1e308", "1e309", "-1e309", "2e-324", "3e-324", "2.4703282292062327e-324",
  "2.4703282292062328e-324", "4.9e-324", "1e-400", "2.2250738585072011e-308",
  "2.2250738585072012e-308", "4.4501477170144022e-308", "9007199254740993",
  "9007199254740992.5", "123456789012345678901234567890", "18446744073709551616",
  "1" + "0".repeat(400), "0." + "0".repeat(400) + "1", "1e-1048576", "1e1048575",
  "0.1", "0.2", "0.3", "3.14159265358979", "1e15", "1e16", "123456789.123",
  "0b101", "0B11", "0b2", "0b", "1e", "1e+", "1..2", ".", "0x", "0x.p1", "0xp1", "1.5.2",
  "  12  ", "\t0x10\n", "1 2", "", " ", "-", "+", "--1", "inf", "-inf", "Infinity",
  "-INFINITY", "nan", "-nan", "NaN", "infx", "nanx", "in", "na", "1x", "x1", "1\x00",
  "1LL", "2ULL", "3ll", "4ull", "5LLU", "0x10LL", "-1LL", "18446744073709551615ULL",
  "18446744073709551616ULL", "9223372036854775807LL", "9223372036854775808LL",
  "123456789012345678901LL", "1.5LL", "1e2LL", "1L", "1U", "1UL", "1LLL", "1i", "2.5i",
  "0x10i", "1I", "1e2i", "1ii", "08", "0777", "1_000", "1e-", "0x1P", "0x1p+",
] as const;

/** Random decimal and hexadecimal floats, as the lexer and tonumber meet them. */
function randomCases(): string[] {
  const rnd = makeRng(0x5eed);
  const digits = (n: number, hex: boolean) => {
    let s = "";
    for (let i = 0; i < n; i++) s += Math.floor(rnd() * (hex ? 16 : 10)).toString(16);
    return s;
  };
  const out: string[] = [];
  for (let i = 0; i < 300; i++) {
    const d = digits(1 + Math.floor(rnd() * 25), false);
    const k = Math.floor(rnd() * (d.length + 1));
    const e = Math.floor(rnd() * 660) - 340;
    out.push(`${d.slice(0, k)}.${d.slice(k)}e${e}`);
  }
  for (let i = 0; i < 100; i++) {
    const d = digits(1 + Math.floor(rnd() * 20), true);
    out.push(`0x${d}p${Math.floor(rnd() * 2100) - 1100}`);
  }
  for (let i = 0; i < 50; i++) out.push(digits(1 + Math.floor(rnd() * 22), false));
  return out;
}

const cases = [...FIXED, ...randomCases()];
const lua = `${LUA_EMIT}
local cases = {${cases.map(luaStr).join(",")}}
for _, s in ipairs(cases) do
  emit(tonumber(s))
  local f, err = loadstring("return " .. s)
  if not s:match("^[%d.]") then emit(nil)
  elseif not f then emit("e:" .. err)
  else
    local v = f()
    if type(v) == "number" then emit(v) else emit("c:" .. tostring(v)) end
  end
  io.write("\\n")
end
`;
const r = new EmitReader(await runLuajit(lua));
const out = cases.map((s) => {
  const num = r.next();
  const lit = r.next();
  r.newline();
  return { s, num: toJ(num), lit: toJ(lit) };
});
const path = new URL("./numbers.json", import.meta.url);
Deno.writeTextFileSync(path, "[\n" + out.map((c) => JSON.stringify(c)).join(",\n") + "\n]\n");
console.log(`wrote ${out.length} cases to numbers.json`);
