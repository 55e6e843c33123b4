// Bytecode listings in the format of `luajit -bl` (LuaJIT's jit/bc.lua): a header per
// function, children before their parent, one line per instruction with operands and a
// comment naming the constant, upvalue or function an operand refers to.
import { BC, bcA, bcB, bcC, bcD, bcModeA, bcModeB, bcModeCD, bcName, bcOp } from "../core/bc.ts";
import { Proto, PROTO_CHILD } from "../core/func.ts";
import { fmtNum } from "../core/strfmt_num.ts";

/** The whole listing of a main function and, first, all functions nested in it. */
export function listProto(pt: Proto): string {
  const out: string[] = [];
  listInto(pt, out);
  return out.join("");
}

function listInto(pt: Proto, out: string[]): void {
  if (pt.flags & PROTO_CHILD) {
    for (const k of pt.kgc) if (k instanceof Proto) listInto(k, out);
  }
  out.push(`-- BYTECODE -- ${protoLoc(pt)}-${pt.firstline + pt.numline}\n`);
  const targets = jumpTargets(pt);
  for (let pc = 1; pc < pt.bc.length; pc++) out.push(bcLine(pt, pc, targets.has(pc)));
  out.push("\n");
}

/** Instructions that some jump goes to. */
function jumpTargets(pt: Proto): Set<number> {
  const t = new Set<number>();
  for (let pc = 1; pc < pt.bc.length; pc++) {
    const ins = pt.bc[pc];
    if (bcModeCD[bcOp(ins)] === "jump") t.add(pc + bcD(ins) - 0x7fff);
  }
  return t;
}

const pad = (s: string | number, w: number) => String(s).padStart(w);

/** One listing line; `target` marks a jump target with `=>`. */
export function bcLine(pt: Proto, pc: number, target = false): string {
  const ins = pt.bc[pc];
  const op = bcOp(ins);
  const ma = bcModeA[op], mb = bcModeB[op], mc = bcModeCD[op];
  const a = bcA(ins);
  const s = `${pad(pc, 4).replace(/ /g, "0")} ${target ? "=>" : "  "} ${bcName[op].padEnd(6)} ${
    pad(ma === "___" ? "" : a, 3)
  } `;
  let d = bcD(ins);
  if (mc === "jump") return `${s}=> ${pad(pc + d - 0x7fff, 4).replace(/ /g, "0")}\n`;
  if (mb !== "___") d = bcC(ins);
  else if (mc === "___") return s + "\n";
  let kc: string | null = null;
  if (mc === "str") kc = quoteStr(pt.kgc[d] as string);
  else if (mc === "num") kc = fmtNum(op === BC.TSETM ? pt.kn[d] - 2 ** 52 : pt.kn[d]);
  else if (mc === "func") kc = protoLoc(pt.kgc[d] as Proto);
  else if (mc === "uv") kc = uvName(pt, d);
  if (ma === "uv") kc = kc === null ? uvName(pt, a) : `${uvName(pt, a)} ; ${kc}`;
  if (mb !== "___") {
    const b = bcB(ins);
    return kc === null
      ? `${s}${pad(b, 3)} ${pad(d, 3)}\n`
      : `${s}${pad(b, 3)} ${pad(d, 3)}  ; ${kc}\n`;
  }
  if (kc !== null) return `${s}${pad(d, 3)}      ; ${kc}\n`;
  if (mc === "lits" && d > 32767) d -= 65536;
  return `${s}${pad(d, 3)}\n`;
}

/** Upvalue name ("" when stripped). */
function uvName(pt: Proto, idx: number): string {
  return pt.uvnames[idx] ?? "";
}

/** A string constant quoted, control characters escaped, cut after 40 bytes with `~`. */
function quoteStr(k: string): string {
  // deno-lint-ignore no-control-regex
  const esc = k.replace(/[\x00-\x1f\x7f]/g, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return "\\" + String(c.charCodeAt(0)).padStart(3, "0");
  });
  return k.length > 40 ? `"${esc.slice(0, 40)}"~` : `"${esc}"`;
}

const fakeAddr = new WeakMap<Proto, string>();
let nextAddr = 0x7f0000001000;

/** Where a function is defined, as LuaJIT names it: `file.lua:12`, `stdin:3`, ... */
export function protoLoc(pt: Proto): string {
  const name = pt.chunkname;
  const line = pt.lineinfo ? pt.firstline : 0;
  if (name.charCodeAt(0) === 0x40 /* @ */) {
    const s = name.slice(1);
    // The base name, searched over the whole name (NULs included) and then printed as a C
    // string; the first character itself is never taken as a separator.
    let i = s.length;
    while (i > 0 && s[i] !== "/" && s[i] !== "\\") i--;
    return `${cstr(i > 0 ? s.slice(i + 1) : s)}:${line}`;
  }
  if (name.length > 40) { // Long source text: the proto's address.
    let addr = fakeAddr.get(pt);
    if (addr === undefined) {
      addr = "0x" + nextAddr.toString(16);
      nextAddr += 0x100;
      fakeAddr.set(pt, addr);
    }
    return `${addr}:${line}`;
  }
  if (name.charCodeAt(0) === 0x3d /* = */) return `${cstr(name.slice(1))}:${line}`;
  return `"${cstr(name)}":${line}`;
}

/** Text up to the first NUL, as C string functions see it. */
function cstr(s: string): string {
  const z = s.indexOf("\0");
  return z < 0 ? s : s.slice(0, z);
}
