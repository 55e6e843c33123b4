// Writes load.json: what luajit's load() returns for every prefix of two small dumps
// (stripped and with debug info) and for damaged headers, under several chunk names (one
// with a NUL, where LuaJIT's C string ends).
//   deno run -A tests/golden/bcdump_load/gen.ts
const here = new URL(".", import.meta.url).pathname;

// The Lua side prints one line per case: the dump as hex, the chunk name (or "-" for
// load's default, the string itself), and "ok" with the loaded function's source (as
// hex), or load's message.
const script = `
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end)) end
local names = { false, "=name", "@dir/file.lua", "plain", "nul\\0name" }
local function try(s)
  for _, name in ipairs(names) do
    local f, err
    if name then f, err = load(s, name) else f, err = load(s) end
    local result = f and "ok " .. hex(debug.getinfo(f, "S").source) or err
    io.write(hex(s), "\\t", name or "-", "\\t", result, "\\n")
  end
end
local up = 1
local dumps = {
  string.dump(function(a) local t = {1, 2, x = 3} return a + up + 1.5 end, true),
  string.dump(function(a, ...) return function() return a end, ... end),
}
for _, d in ipairs(dumps) do
  for n = 1, #d do try(d:sub(1, n)) end
end
local d = dumps[1]
try(d:sub(1, 3) .. "\\1" .. d:sub(5))
try(d:sub(1, 3) .. "\\255" .. d:sub(5))
try(d:sub(1, 4) .. "\\26" .. d:sub(6))
try(d:sub(1, 4) .. "\\2" .. d:sub(6))
try(d:sub(1, 4) .. "\\138\\0" .. d:sub(6))
try(d .. "x")
try(d .. "\\0")
try("\\27LJ\\2\\10\\0")
`;

const r = await new Deno.Command("luajit", { args: ["-e", script], stdout: "piped" }).output();
if (!r.success) throw new Error("luajit failed");
const cases = new TextDecoder().decode(r.stdout).trimEnd().split("\n").map((line) => {
  const [dump, name, result] = line.split("\t");
  return { dump, name: name === "-" ? null : name, result };
});
Deno.writeTextFileSync(`${here}load.json`, JSON.stringify(cases, null, 1) + "\n");
console.log(`wrote ${cases.length} cases`);
