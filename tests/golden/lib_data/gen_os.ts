// Generates os.json: os.date formats, os.date("*t") and os.time(table) under several TZ
// settings (inputs chosen here), with luajit's results.
//   deno run -A tests/golden/lib_data/gen_os.ts
import { EmitReader, LUA_EMIT, type LuaVal, luaVal, toJ } from "./oracle.ts";
import { bytesToStr } from "../../../core/bytes.ts";

const ZONES = [
  "UTC",
  "America/New_York",
  "Europe/Berlin",
  "Australia/Lord_Howe",
  "Asia/Kolkata",
  "America/Sao_Paulo",
  "Pacific/Chatham",
  "EST5EDT",
  "CET-1CEST,M3.5.0,M10.5.0/3",
  "<+0330>-3:30",
  "",
  ":Europe/London",
  "Foo/Bar",
  "JST-9",
  "NZST-12NZDT,M9.5.0,M4.1.0/3",
  "AAA3BBB,J60/1,J300/-1",
  "XYZ-2:30ABC,100/25,200",
  "America/St_Johns",
  "Europe/Dublin",
  "Africa/Casablanca",
  "Antarctica/Troll",
];
const TIMES = [
  0,
  1,
  -1,
  86399,
  951782400,
  1000000000,
  1234567890,
  1e9 + 0.9,
  -1e9,
  1700000000,
  1711846800,
  1711850400,
  1730595600,
  1730599200,
  2147483647,
  2147483648,
  4102444800,
  253402300799,
  -62135596800,
  -62135596801,
  -2208988800,
  1e12,
  -1e12,
  6.7e16,
  6.8e16,
  1e20,
  NaN,
  1583020800,
  1552212000,
  1552208400,
  1572760800,
  1572764400,
  3000000000,
  5e9,
];
const FORMATS = [
  "%c",
  "%x %X",
  "%a %A %b %B %h",
  "%C %d %D %e %F",
  "%g %G %V",
  "%H %I %j %k %l",
  "%m %M %n %p %P",
  "%r %R %S %t %T",
  "%u %U %w %W",
  "%y %Y %z %Z",
  "%s",
  "%%",
  "%5d|%-5d|%_5d|%05d|%_05e",
  "%^a %^B %#a %#B %#p %^p %#Z %^Z %^P",
  "%10c|%-10D|%_10F",
  "%E",
  "%Q",
  "%5Q",
  "%EY %Ey %EC %Ex",
  "%OS %Od %Oe %OH %Om %Ob %OB %Oy %Ou",
  "%Ea %Ed %OY %Oc %ED",
  "%",
  "abc%",
  "%-",
  "%_",
  "%3",
  "%10z",
  "%-6z",
  "%010z",
  "%_10Z",
  "%^10a",
  "%12s",
  "%-12s",
  "%012Y",
  "%_12Y",
  "%+",
  "%v",
  "",
  "%100Y",
  "%1000Y",
  "%4000Y",
  "plain",
  "%Y-%m-%dT%H:%M:%S%z",
];
const TABLES: Record<string, LuaVal>[] = [
  { year: 2000, month: 1, day: 1 },
  { year: 2000, month: 1, day: 1, hour: 0 },
  { year: 2024, month: 3, day: 31, hour: 2, min: 30 },
  { year: 2024, month: 3, day: 10, hour: 2, min: 30 },
  { year: 2024, month: 11, day: 3, hour: 1, min: 30 },
  { year: 2024, month: 11, day: 3, hour: 1, min: 30, isdst: true },
  { year: 2024, month: 11, day: 3, hour: 1, min: 30, isdst: false },
  { year: 2024, month: 7, day: 1, isdst: false },
  { year: 2024, month: 1, day: 1, isdst: true },
  { year: 2024, month: 13, day: 1 },
  { year: 2024, month: 0, day: 0 },
  { year: 2024, month: -5, day: 100, hour: 30, min: -10, sec: 4000 },
  { year: 1970, month: 1, day: 1, hour: 0 },
  { year: 1969, month: 12, day: 31, hour: 23, min: 59, sec: 59 },
  { year: 1900, month: 1, day: 1 },
  { year: 1, month: 1, day: 1 },
  { year: 3000, month: 6, day: 15 },
  { year: 2038, month: 1, day: 19, hour: 3, min: 14, sec: 8 },
  { year: 2024, month: 2, day: 29, sec: 61 },
  { year: 2024, month: 2, day: 29, sec: -1 },
  { year: "2024", month: "7", day: "4" },
  { year: 2024.7, month: 7.9, day: 4.5 },
  { month: 1, day: 1 },
  { year: 2024, day: 1 },
  { year: 2024, month: 1 },
  { year: 2024, month: 1, day: 1, hour: "x" },
  { year: 2024, month: 1, day: 1, isdst: 0 },
  { year: 1e10, month: 1, day: 1 },
  { year: 2e9, month: 1, day: 1 },
];

const body = LUA_EMIT + `
local function pk(...) return { n = select("#", ...), ... } end
local function rec(r) io.write(r.n, " ") for i = 1, r.n do emit(r[i]) end io.write("\\n") end
local function tflat(t)
  if type(t) ~= "table" then return t end
  return string.format("%s %s %s %s %s %s %s %s %s", t.year, t.month, t.day, t.hour, t.min, t.sec, t.wday, t.yday, tostring(t.isdst))
end
local function date(f, t) rec(pk(pcall(os.date, f, t))) end
local function datet(f, t) local ok, r = pcall(os.date, f, t) rec(pk(ok, tflat(r))) end
local function time(t) rec(pk(pcall(os.time, t))) end
`;
/** The calls made under every zone; `full` adds every format (made under UTC only). */
function plan(full: boolean) {
  let calls = "";
  const cases: { kind: string; args: LuaVal[] | Record<string, LuaVal> }[] = [];
  const date = (f: string, t: number) => {
    cases.push({ kind: "date", args: [f, t] });
    calls += `date(${luaVal(f)}, ${luaVal(t)})\n`;
  };
  for (const t of TIMES) {
    if (full) {
      for (const f of FORMATS) date(f, t), date("!" + f, t);
    } else {
      date("%c %Z %z|%s|%j %U %V", t);
      date("!%s", t);
    }
    cases.push({ kind: "datet", args: ["*t", t] }, { kind: "datet", args: ["!*t", t] });
    calls += `datet("*t", ${luaVal(t)}) datet("!*t", ${luaVal(t)})\n`;
  }
  for (const tb of TABLES) {
    cases.push({ kind: "time", args: tb });
    calls += `time({${Object.entries(tb).map(([k, v]) => `${k} = ${luaVal(v)}`).join(", ")}})\n`;
  }
  // Round trips: os.time(os.date("*t", t)).
  for (const t of TIMES.slice(0, 20)) {
    cases.push({ kind: "roundtrip", args: [t] });
    calls += `time(os.date("*t", ${luaVal(t)}))\n`;
  }
  return { calls, cases };
}

const data: Record<string, unknown[]> = {};
for (const tz of ZONES) {
  const { calls, cases } = plan(tz === "UTC");
  const path = await Deno.makeTempFile({ suffix: ".lua" });
  await Deno.writeTextFile(path, body + "do\n" + calls + "end\n");
  const r = await new Deno.Command("luajit", { args: [path], env: { TZ: tz }, stdout: "piped" })
    .output();
  await Deno.remove(path);
  const out = new EmitReader(bytesToStr(r.stdout));
  data[tz] = cases.map((c) => {
    const sp = out.text.indexOf(" ", out.pos);
    const n = Number(out.text.slice(out.pos, sp));
    out.pos = sp + 1;
    const res: LuaVal[] = [];
    for (let i = 0; i < n; i++) res.push(out.next());
    out.newline();
    const args = Array.isArray(c.args)
      ? c.args.map(toJ)
      : Object.fromEntries(Object.entries(c.args).map(([k, v]) => [k, toJ(v)]));
    return { kind: c.kind, args, out: res.map(toJ) };
  });
  if (!out.done()) throw new Error("trailing oracle output");
}
await Deno.writeTextFile(
  new URL("./os.json", import.meta.url),
  JSON.stringify(data).replaceAll("},{", "},\n{") + "\n",
);
console.log(`os.json: ${ZONES.length} zones, ${Object.values(data).flat().length} cases`);
