// Shared plumbing of the engine data generators: values written as Lua source and as JSON,
// and running a generated Lua program under the luajit oracle.
import { bytesToStr } from "../../../core/bytes.ts";

/** A Lua value as the data files store it. */
export type LuaVal = number | string | boolean | null;

/** JSON form: numbers and strings are tagged so that -0, inf, nan and bytes survive. */
export type JVal = string | boolean | null;

export function numTag(x: number): string {
  if (x !== x) return "n:nan";
  if (x === Infinity) return "n:inf";
  if (x === -Infinity) return "n:-inf";
  if (Object.is(x, -0)) return "n:-0";
  return "n:" + String(x);
}

export function toJ(v: LuaVal): JVal {
  if (typeof v === "number") return numTag(v);
  if (typeof v === "string") return "s:" + v;
  return v;
}

export function fromJ(j: JVal): LuaVal {
  if (typeof j !== "string") return j;
  if (j.startsWith("s:")) return j.slice(2);
  const r = j.slice(2);
  if (r === "nan") return NaN;
  if (r === "inf") return Infinity;
  if (r === "-inf") return -Infinity;
  if (r === "-0") return -0;
  return Number(r);
}

/** Lua source text of a byte string literal. */
export function luaStr(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) out += "\\" + s[i];
    else if (c >= 0x20 && c < 0x7f) out += s[i];
    else out += "\\" + String(c).padStart(3, "0");
  }
  return out + '"';
}

/** Lua source text of a value. */
export function luaVal(v: LuaVal): string {
  if (v === null) return "nil";
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return luaStr(v);
  if (v !== v) return "(0/0)";
  if (v === Infinity) return "math.huge";
  if (v === -Infinity) return "(-math.huge)";
  if (Object.is(v, -0)) return "(0/-1)";
  return v < 0 ? `(${String(v)})` : String(v);
}

/** Runs Lua source under luajit; returns stdout as a byte string. */
export async function runLuajit(src: string): Promise<string> {
  const path = await Deno.makeTempFile({ suffix: ".lua" });
  try {
    await Deno.writeTextFile(path, src);
    const r = await new Deno.Command("luajit", { args: [path], stdout: "piped", stderr: "piped" })
      .output();
    if (!r.success) throw new Error(`luajit failed: ${new TextDecoder().decode(r.stderr)}`);
    return bytesToStr(r.stdout);
  } finally {
    await Deno.remove(path);
  }
}

/** Lua helper emitted into generated programs: writes a length-prefixed record field. */
export const LUA_EMIT = `
local function emit(v)
  local t = type(v)
  if t == "string" then io.write("s", #v, ":", v)
  elseif t == "number" then
    local s = v ~= v and "nan" or v == math.huge and "inf" or v == -math.huge and "-inf"
      or (v == 0 and 1/v < 0) and "-0" or string.format("%.17g", v)
    io.write("n", #s, ":", s)
  elseif t == "boolean" then io.write(v and "T" or "F")
  elseif t == "nil" then io.write("N")
  else io.write("?") end
end
`;

/** Reads the records LUA_EMIT wrote: one field at a time. */
export class EmitReader {
  pos = 0;
  constructor(public text: string) {}
  done(): boolean {
    return this.pos >= this.text.length;
  }
  /** Expects a line break (records are newline-separated). */
  newline(): void {
    if (this.text[this.pos] !== "\n") throw new Error(`expected newline at ${this.pos}`);
    this.pos++;
  }
  peek(): string {
    return this.text[this.pos];
  }
  next(): LuaVal {
    const t = this.text[this.pos++];
    if (t === "T") return true;
    if (t === "F") return false;
    if (t === "N") return null;
    if (t !== "s" && t !== "n") throw new Error(`bad field tag ${t} at ${this.pos - 1}`);
    const colon = this.text.indexOf(":", this.pos);
    const len = Number(this.text.slice(this.pos, colon));
    const body = this.text.slice(colon + 1, colon + 1 + len);
    this.pos = colon + 1 + len;
    return t === "s" ? body : fromJ("n:" + body);
  }
}

/** Small deterministic PRNG for choosing inputs (xorshift32). */
export function makeRng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 4294967296;
  };
}
