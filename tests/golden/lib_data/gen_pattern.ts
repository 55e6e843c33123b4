// Generates pattern.json: string.find/match/gmatch/gsub cases (subjects, patterns and
// replacements chosen here) with luajit's results.
//   deno run -A tests/golden/lib_data/gen_pattern.ts
import { EmitReader, LUA_EMIT, type LuaVal, luaVal, makeRng, runLuajit, toJ } from "./oracle.ts";

const rng = makeRng(7771);
const pick = <T>(a: T[]): T => a[Math.floor(rng() * a.length)];

const SUBJECTS = [
  "",
  "a",
  "abc",
  "hello world",
  "  padded  ",
  "aaa",
  "abcabc",
  "a.b.c",
  "x = 10, y = 20",
  "THE (quick) [brown] {fox}",
  "f(a(b)c)d",
  "key=value; k2=v2",
  "123abc456",
  "\0a\0b\0",
  "tab\tnew\nline",
  "ÿ\x80\x7f",
  "%d%%",
  "[]^$",
  "one two  three",
  "(((",
  ")))",
  "the theme then",
  "aXbXc",
  "2024-06-11",
  "-12.5e3",
  "foo.bar.baz",
  "a,b,,c",
  "THE END",
];
const PATTERNS = [
  "",
  "a",
  "b",
  "abc",
  ".",
  "..",
  "a*",
  "a+",
  "a-",
  "a?",
  "^a",
  "a$",
  "^$",
  "^",
  "$",
  "%a+",
  "%d+",
  "%s+",
  "%w+",
  "%p",
  "%c",
  "%l+",
  "%u+",
  "%x+",
  "%z",
  "%A+",
  "%D+",
  "%S+",
  "%W",
  "%P",
  "%C",
  "%L",
  "%U",
  "%X",
  "%Z",
  "[abc]",
  "[^abc]",
  "[a-c]+",
  "[%a_][%w_]*",
  "[%]]",
  "[]]",
  "[^]]",
  "[a-]",
  "[-a]",
  "[%-]",
  "[.]",
  "[%d.]+",
  "[^%s]+",
  "(a)",
  "(a)(b)",
  "()a()",
  "(a*)",
  "(a-)b",
  "((a)(b))",
  "(%a+)=(%a+)",
  "(%w+)%s*=%s*(%w+)",
  "%b()",
  "%b[]",
  "%b{}",
  "%bxy",
  "%f[%a]%a+",
  "%f[%A]",
  "%f[%w]",
  "%f[^%z]",
  "%f[%z]",
  "(.)%1",
  "(%a)%1",
  "(%a+) %1",
  "^(%s*)(.-)(%s*)$",
  "(.-)%s",
  ".-b",
  ".*b",
  "x*",
  "(x*)",
  "()",
  "^()",
  "()$",
  "%.",
  "%%",
  "%d%d%d%d%-%d%d%-%d%d",
  "[+-]?%d+%.?%d*[eE]?[+-]?%d*",
  "(h)(e)(l)(l)(o)",
  "%s*$",
  "^%s*",
  "[%s%p]+",
  "[a-z]-",
  "a-$",
  "[\0-\x1f]",
  "\0",
  "[\x80-\xff]+",
  "%ÿ",
  "ÿ",
  "(",
  ")",
  "%",
  "[a",
  "[^",
  "[%",
  "%b",
  "%ba",
  "%f",
  "%fa",
  "(()",
  "%1",
  "(a)%2",
  "(a%1)",
  "(()%1)",
  "[a-%%]",
  "[%a-z]",
  "[z-a]",
  "a**",
  "a+?",
  "*a",
  "+",
  "?",
  "-",
];
const REPLS = [
  "",
  "x",
  "%0",
  "%1",
  "<%1>",
  "%2",
  "%%",
  "%",
  "[%0]",
  "%a",
  "%9",
  "%1%1",
  "\\1",
  "%0%0",
  5,
  2.5,
];

type Case = [string, ...LuaVal[]];
const cases: Case[] = [];
for (const p of PATTERNS) {
  for (const s of SUBJECTS) {
    cases.push(["find", s, p], ["match", s, p], ["gmatch", s, p]);
  }
  cases.push(["gsub", pick(SUBJECTS), p, pick(REPLS)], ["gsub", pick(SUBJECTS), p, "<%0>"]);
}
for (const s of SUBJECTS) {
  for (const init of [null, 1, 2, 0, -1, -3, -100, 5, 100]) {
    cases.push(["find", s, pick(PATTERNS), init], ["match", s, "(.)", init]);
    cases.push(["find", s, pick([".", "%a", "b", "", "c.b"]), init, true]);
  }
  for (const r of REPLS) cases.push(["gsub", s, pick(PATTERNS), r]);
  for (const max of [0, 1, 2, -1, 2.7]) cases.push(["gsub", s, pick(PATTERNS), "#", max]);
  cases.push(["gsub", s, "%w+", "tbl"], ["gsub", s, "(%w)(%w*)", "fn"], ["gsub", s, "", "fn"]);
}
// Plain find and its corner cases.
cases.push(
  ["find", "a.b", ".", 1, true],
  ["find", "a.b", "."],
  ["find", "a+b", "+", 1, true],
  ["find", "abc", "", 10],
  ["find", "abc", "", 4],
  ["find", "abc", "c", -1],
  ["find", "", ""],
  ["find", "aaa", "aa", 2],
  ["find", "a\0b", "\0"],
  ["find", "a\0b", "\0b", 1, true],
  ["match", "a\0b", "a\0b"],
  ["match", "a\0b", "(a)\0z"],
  ["find", "abc", "b", 1, false],
  ["find", "abc", "b", 1, 0],
  ["find", "abc", "b", 1, null],
);
// Random patterns over a small token alphabet.
const TOKENS = [
  "a",
  "b",
  ".",
  "%a",
  "%d",
  "[ab]",
  "[^a]",
  "(",
  ")",
  "()",
  "*",
  "+",
  "-",
  "?",
  "^",
  "$",
  "%1",
  "%b()",
  "%f[a]",
  "x",
];
for (let i = 0; i < 600; i++) {
  let p = "";
  const n = 1 + Math.floor(rng() * 6);
  for (let k = 0; k < n; k++) p += pick(TOKENS);
  let s = "";
  const m = Math.floor(rng() * 8);
  for (let k = 0; k < m; k++) s += pick(["a", "b", "x", "(", ")", "1", " "]);
  cases.push([pick(["find", "match", "gmatch"]), s, p]);
  cases.push(["gsub", s, p, pick(REPLS)]);
}
// Limits: nesting depth and capture count.
for (const n of [150, 199, 200, 201, 300]) {
  cases.push(["match", "a".repeat(n), "a?".repeat(n)], ["find", "b", "a?".repeat(n)]);
  cases.push(["match", "a".repeat(n), "^" + "a".repeat(n) + "$"]);
  cases.push(["match", "x".repeat(n), "(x" + ".-".repeat(Math.min(n, 60)) + ")"]);
}
for (const n of [31, 32, 33]) cases.push(["match", "a".repeat(40), "(a)".repeat(n)]);
cases.push(["match", "a".repeat(40), "()".repeat(33)]);
cases.push(["gsub", "x".repeat(1000), "x", "yy"], ["match", "a".repeat(5000), ".-$"]);
cases.push(["gsub", "abc", "%w", "%1"], ["gsub", "abc", "(%w)", "%2"], ["gsub", "abc", "", "-"]);
cases.push(["gsub", "abc", "b*", "-"], ["gsub", "hello world", "(o)", "[%1%1]", 1]);
cases.push(["gsub", "abc", "^", ">"], ["gsub", "abc", "$", "<"], ["gsub", "abc", "^a*", "X"]);

// Lua side: gmatch collects up to 20 steps; "tbl"/"fn" select a table or function replacement.
const LUA = LUA_EMIT + `
local T = { hello = "HI", world = false, a = 1, x = "X", the = {} }
local function F(a, b) if a == "e" then return nil end return (b or "") .. "|" .. a end
local function pk(...) return { n = select("#", ...), ... } end
local function case(op, s, p, a, b)
  local r
  if op == "gmatch" then
    -- The iterator is called through pcall directly so that errors carry no position.
    local ok, it = pcall(string.gmatch, s, p)
    if not ok then r = pk(ok, it) else
      local out, k = {}, 0
      while k < 20 do
        local x = { pcall(it) }
        if not x[1] then r = pk(false, x[2]) break end
        if x[2] == nil then break end
        k = k + 1; out[#out + 1] = tostring(x[2]) .. "," .. tostring(x[3]) .. "," .. tostring(x[4])
      end
      r = r or pk(true, table.concat(out, ";"), k)
    end
  else
    if a == "tbl" then a = T elseif a == "fn" then a = F end
    r = pk(pcall(string[op], s, p, a, b))
  end
  io.write(r.n, " ")
  for i = 1, r.n do emit(r[i]) end
  io.write("\\n")
end
`;
let src = LUA;
for (let i = 0; i < cases.length; i += 400) {
  src += "do\n";
  for (const c of cases.slice(i, i + 400)) src += `case(${c.map(luaVal).join(", ")})\n`;
  src += "end\n";
}
const out = new EmitReader(await runLuajit(src));
const data = cases.map((c) => {
  const sp = out.text.indexOf(" ", out.pos);
  const n = Number(out.text.slice(out.pos, sp));
  out.pos = sp + 1;
  const res: LuaVal[] = [];
  for (let i = 0; i < n; i++) res.push(out.next());
  out.newline();
  return { args: c.map(toJ), out: res.map(toJ) };
});
if (!out.done()) throw new Error("trailing oracle output");
await Deno.writeTextFile(
  new URL("./pattern.json", import.meta.url),
  JSON.stringify(data).replaceAll("},{", "},\n{") + "\n",
);
console.log(`pattern.json: ${data.length} cases`);
