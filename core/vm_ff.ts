// Builtin function numbers (LuaJIT's ffid, from lj_ffdef.h of the oracle's build):
// tostring prints library functions as "function: builtin#N", tracebacks name unnamed
// builtins "[builtin#N]", and the VM recognises the fast functions it implements itself
// (pcall, next, coroutine.resume, ...) by these numbers.
//
// Keys are "name" for base library functions, "lib.name" for the others, and
// "io_method.name" for file methods. Functions missing here (require, string.len,
// table.remove, ...) are plain functions in LuaJIT and print as addresses.

const ORDER: readonly string[] = [
  // base
  "assert",
  "type",
  "next",
  "pairs",
  "ipairs_aux",
  "ipairs",
  "getmetatable",
  "setmetatable",
  "getfenv",
  "setfenv",
  "rawget",
  "rawset",
  "rawequal",
  "unpack",
  "select",
  "tonumber",
  "tostring",
  "error",
  "pcall",
  "xpcall",
  "loadfile",
  "load",
  "loadstring",
  "dofile",
  "gcinfo",
  "collectgarbage",
  "newproxy",
  "print",
  // coroutine
  "coroutine.status",
  "coroutine.running",
  "coroutine.isyieldable",
  "coroutine.create",
  "coroutine.yield",
  "coroutine.resume",
  "coroutine.wrap_aux",
  "coroutine.wrap",
  // math
  "math.abs",
  "math.floor",
  "math.ceil",
  "math.sqrt",
  "math.log10",
  "math.exp",
  "math.sin",
  "math.cos",
  "math.tan",
  "math.asin",
  "math.acos",
  "math.atan",
  "math.sinh",
  "math.cosh",
  "math.tanh",
  "math.frexp",
  "math.modf",
  "math.log",
  "math.atan2",
  "math.pow",
  "math.fmod",
  "math.ldexp",
  "math.min",
  "math.max",
  "math.random",
  "math.randomseed",
  // bit
  "bit.tobit",
  "bit.bnot",
  "bit.bswap",
  "bit.lshift",
  "bit.rshift",
  "bit.arshift",
  "bit.rol",
  "bit.ror",
  "bit.band",
  "bit.bor",
  "bit.bxor",
  "bit.tohex",
  // string
  "string.byte",
  "string.char",
  "string.sub",
  "string.rep",
  "string.reverse",
  "string.lower",
  "string.upper",
  "string.dump",
  "string.find",
  "string.match",
  "string.gmatch_aux",
  "string.gmatch",
  "string.gsub",
  "string.format",
  // table
  "table.maxn",
  "table.insert",
  "table.concat",
  "table.sort",
  "table.new",
  "table.clear",
  // io
  "io_method.close",
  "io_method.read",
  "io_method.write",
  "io_method.flush",
  "io_method.seek",
  "io_method.setvbuf",
  "io_method.lines",
  "io_method.__gc",
  "io_method.__tostring",
  "io.open",
  "io.popen",
  "io.tmpfile",
  "io.close",
  "io.read",
  "io.write",
  "io.flush",
  "io.input",
  "io.output",
  "io.lines",
  "io.type",
  // os
  "os.execute",
  "os.remove",
  "os.rename",
  "os.tmpname",
  "os.getenv",
  "os.exit",
  "os.clock",
  "os.date",
  "os.time",
  "os.difftime",
  "os.setlocale",
  // debug
  "debug.getregistry",
  "debug.getmetatable",
  "debug.setmetatable",
  "debug.getfenv",
  "debug.setfenv",
  "debug.getinfo",
  "debug.getlocal",
  "debug.setlocal",
  "debug.getupvalue",
  "debug.setupvalue",
  "debug.upvalueid",
  "debug.upvaluejoin",
  "debug.sethook",
  "debug.gethook",
  "debug.debug",
  "debug.traceback",
  // jit
  "jit.on",
  "jit.off",
  "jit.flush",
  "jit.status",
  "jit.security",
  "jit.attach",
  "jit.util.funcinfo",
  "jit.util.funcbc",
  "jit.util.funck",
  "jit.util.funcuvname",
  "jit.util.traceinfo",
  "jit.util.traceir",
  "jit.util.tracek",
  "jit.util.tracesnap",
  "jit.util.tracemc",
  "jit.util.traceexitstub",
  "jit.util.ircalladdr",
  "jit.opt.start",
  "jit.profile.start",
  "jit.profile.stop",
  "jit.profile.dumpstack",
];

/**
 * Builtins LuaJIT runs as assembler fast functions (LJLIB_ASM): their fast paths check no
 * stack room beyond the arguments, so a stack overflow near them happens in the next Lua
 * function's entry instead. (tostring is left out: its fast path only takes strings and
 * numbers.)
 */
const ASM: readonly string[] = [
  "assert",
  "type",
  "next",
  "pairs",
  "ipairs_aux",
  "ipairs",
  "getmetatable",
  "setmetatable",
  "rawget",
  "tonumber",
  "pcall",
  "xpcall",
  "coroutine.yield",
  "coroutine.resume",
  "coroutine.wrap_aux",
  "bit.tobit",
  "bit.bnot",
  "bit.bswap",
  "bit.lshift",
  "bit.rshift",
  "bit.arshift",
  "bit.rol",
  "bit.ror",
  "bit.band",
  "bit.bor",
  "bit.bxor",
  "math.abs",
  "math.floor",
  "math.ceil",
  "math.sqrt",
  "math.log10",
  "math.exp",
  "math.sin",
  "math.cos",
  "math.tan",
  "math.asin",
  "math.acos",
  "math.atan",
  "math.sinh",
  "math.cosh",
  "math.tanh",
  "math.frexp",
  "math.modf",
  "math.log",
  "math.atan2",
  "math.pow",
  "math.fmod",
  "math.ldexp",
  "math.min",
  "math.max",
  "string.byte",
  "string.char",
  "string.sub",
  "string.reverse",
  "string.lower",
  "string.upper",
];

/** Builtin numbers by name; the first is 2 (0 and 1 mean Lua and plain C functions). */
export const BUILTIN_IDS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(ORDER.map((name, i) => [name, i + 2])),
);

// Fast functions the VM implements or recognises itself.
export const FF_next = BUILTIN_IDS["next"];
export const FF_ipairs_aux = BUILTIN_IDS["ipairs_aux"];
export const FF_tonumber = BUILTIN_IDS["tonumber"];
export const FF_tostring = BUILTIN_IDS["tostring"];
export const FF_pcall = BUILTIN_IDS["pcall"];
export const FF_xpcall = BUILTIN_IDS["xpcall"];
export const FF_coroutine_yield = BUILTIN_IDS["coroutine.yield"];
export const FF_coroutine_resume = BUILTIN_IDS["coroutine.resume"];
export const FF_coroutine_wrap_aux = BUILTIN_IDS["coroutine.wrap_aux"];

/** 1 for the builtin numbers of ASM fast functions. */
export const FF_ASM: Uint8Array = new Uint8Array(ORDER.length + 2);
for (const name of ASM) FF_ASM[BUILTIN_IDS[name]] = 1;

/**
 * Whether LuaJIT's interpreter saves the caller's pc while running builtin ffid with
 * first argument a0 (line hooks compare with that pc): resuming a coroutine does, and
 * tostring and tonumber do where they convert a number or fall back to their C code.
 */
export function ffSavesPc(ffid: number, a0: unknown): boolean {
  if (ffid === FF_tostring) return typeof a0 !== "string";
  if (ffid === FF_tonumber) return typeof a0 !== "number";
  return ffid === FF_coroutine_resume || ffid === FF_coroutine_wrap_aux;
}
