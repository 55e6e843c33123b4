// With luajit on PATH: luajit loads, lists and runs the dumps ljts writes, and ljts reads,
// lists and re-dumps luajit's dumps of a corpus beyond the golden files (the jit.*
// modules installed with luajit).
import assert from "node:assert/strict";
import { bytesToStr, strToBytes } from "../core/bytes.ts";
import { parse } from "../core/parse.ts";
import { listProto } from "../formats/bclist.ts";
import { readBytecode } from "../formats/bcread.ts";
import { writeBytecode } from "../formats/bcwrite.ts";
import { compareDumps, toBigEndian } from "./golden/bcdump_compare.ts";

async function luajit(args: string[], stdin: Uint8Array = new Uint8Array(0)) {
  const child = new Deno.Command("luajit", {
    args,
    stdin: "piped",
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const w = child.stdin.getWriter();
  await w.write(stdin);
  await w.close();
  const r = await child.output();
  return { code: r.code, out: bytesToStr(r.stdout), err: bytesToStr(r.stderr), bytes: r.stdout };
}

async function haveLuajit(): Promise<boolean> {
  try {
    return (await luajit(["-v"])).code === 0;
  } catch {
    return false;
  }
}

const live = await haveLuajit();
if (!live) console.log("bytecode dump live checks skipped: luajit is not on PATH");

/** A program printing its template tables in a fixed order, so runs can be compared. */
const PROGRAM = `
local function show(t)
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b)
    if type(a) ~= type(b) then return type(a) < type(b) end
    if type(a) == "boolean" then return not a and b end
    return a < b
  end)
  local out = {}
  for _, k in ipairs(keys) do out[#out + 1] = tostring(k) .. "=" .. tostring(t[k]) end
  return "{" .. table.concat(out, ",") .. "}"
end
local up = 10
local function f(...)
  local t = {n = select("#", ...), up = up, ...}
  return t
end
print(show({a = 1, b = "two", c = true, [1.5] = 4, [true] = false, 7, 8, 9}))
print(show(({x = {y = {z = "deep"}}}).x.y))
print(show({[10] = 1, [20] = 2, [30] = 3, [-1] = -1, [2^40] = 0.5}))
print(show(f(4, 5, 6)))
print(1LL + 2, 0xffffffffffffffffULL, tostring(3i))
for i, v in ipairs({"p", "q", "r"}) do io.write(i, v, " ") end
print(string.format("%.17g %.17g", 0.1, -2^63))
`;

Deno.test({
  name: "luajit runs and lists ljts's dumps as its own",
  ignore: !live,
  async fn() {
    const expected = await luajit(["-e", PROGRAM]);
    assert.equal(expected.code, 0, expected.err);
    for (const strip of [true, false]) {
      const mine = writeBytecode(parse(PROGRAM, "=stdin"), strip);
      const theirs = (await luajit([strip ? "-b" : "-bg", "-", "-"], strToBytes(PROGRAM))).bytes;
      const ran = await luajit(["-"], mine);
      assert.equal(ran.err, "");
      assert.equal(ran.out, expected.out);
      const listMine = await luajit(["-bl", "-"], mine);
      const listTheirs = await luajit(["-bl", "-"], theirs);
      assert.equal(listMine.out, listTheirs.out);
      assert.equal(compareDumps(theirs, mine), null);
      // The same dump in big-endian byte order lists the same way.
      assert.equal((await luajit(["-bl", "-"], toBigEndian(mine))).out, listTheirs.out);
    }
  },
});

Deno.test({
  name: "luajit's jit.* modules: compiled, read, listed and re-dumped as luajit does",
  ignore: !live,
  async fn() {
    const bc = (await luajit(["-e", "io.write(package.searchpath('jit.bc', package.path))"])).out;
    const dir = bc.slice(0, bc.lastIndexOf("/"));
    const files = [...Deno.readDirSync(dir)].map((e) => `${dir}/${e.name}`)
      .filter((f) => f.endsWith(".lua")).sort();
    assert(files.length >= 10, `jit modules in ${dir}`);
    for (const file of files) {
      const source = bytesToStr(Deno.readFileSync(file));
      for (const flag of ["-b", "-bg"]) {
        const strip = flag === "-b";
        const theirs = (await luajit([flag, file, "-"])).bytes;
        const mine = writeBytecode(parse(source, "@" + file), strip);
        assert.equal(compareDumps(theirs, mine), null, `${flag} ${file}`);
        const loaded = readBytecode(theirs, "=stdin");
        assert.equal(listProto(loaded), (await luajit(["-bl", "-"], theirs)).out, file);
        const redump = (await luajit([flag, "-", "-"], theirs)).bytes;
        assert.equal(compareDumps(redump, writeBytecode(loaded, strip)), null, `redump ${file}`);
      }
    }
  },
});
