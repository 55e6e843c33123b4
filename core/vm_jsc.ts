// Compiles a prototype to one JS function with structured control flow (loops become JS
// loops, forward jumps labeled blocks: Ramsey's "Beyond Relooper" over the dominator
// tree) and the frame's slots in JS locals, so that V8 keeps numbers unboxed in
// registers. Slots captured by closures stay on the stack, as do the multiple results
// of calls and varargs between producer and consumer.
//
// Compiled code takes only the fast paths of the instruction templates (vm_ops.ts). On
// anything else it writes the live slots back to the stack and hands the frame to the
// interpreter at that instruction (A_INTERP); calls and returns go through the
// trampoline as everywhere. The frame can be entered at instruction 0 and at the entry
// points chosen here: after calls that reached Lua functions (interpreter feedback), and
// at the heads of outermost loops (for the interpreter to switch over mid-function).
import {
  BC,
  bcA,
  bcB,
  BCBIAS_J,
  bcC,
  bcD,
  bcModeA,
  bcModeB,
  bcModeCD,
  bcName,
  bcOp,
} from "./bc.ts";
import { type Proto, PROTO_UV_LOCAL } from "./func.ts";
import { isHeader, type OpCtx, TEMPLATES } from "./vm_ops.ts";
import { type Block, buildCFG, type CFG, unitLen } from "./vm_cfg.ts";
import { HOT_LOOP_OPS, numLit } from "./vm_gen.ts";
import { HOTCOUNT_CALL, HOTCOUNT_LOOP } from "./state.ts";

/** Feedback from the interpreter, per instruction: 1 = called a native inline, 2 = went
 * through the trampoline (a Lua function, __call or a special native). */
export type Feedback = Uint8Array;

/** Nesting of generated blocks and loops beyond which a prototype stays interpreted. */
const MAX_NESTING = 300;

/** Slots used and defined by the unit at pc (slots of the frame). */
function useDef(pt: Proto, pc: number): { use: number[]; def: number[] } {
  const ins = pt.bc[pc], op = bcOp(ins);
  const a = bcA(ins), b = bcB(ins), c = bcC(ins), d = bcD(ins);
  const use: number[] = [], def: number[] = [];
  const span = (from: number, to: number, out: number[]) => {
    for (let i = from; i <= to; i++) out.push(i);
  };
  switch (op) {
    case BC.KNIL:
      span(a, d, def);
      break;
    case BC.TSETM:
      use.push(a - 1);
      break;
    case BC.CALLM:
      use.push(a);
      span(a + 2, a + 1 + c, use);
      span(a, b > 0 ? a + b - 2 : pt.framesize - 1, def); // Multiple results: on the stack.
      break;
    case BC.CALL:
      use.push(a);
      span(a + 2, a + c, use);
      span(a, b > 0 ? a + b - 2 : pt.framesize - 1, def);
      break;
    case BC.CALLMT:
      use.push(a);
      span(a + 2, a + 1 + d, use);
      break;
    case BC.CALLT:
      use.push(a);
      span(a + 2, a + d, use);
      break;
    case BC.ITERC:
      span(a - 3, a - 1, use);
      def.push(a, a + 2, a + 3);
      span(a, b > 0 ? a + b - 2 : pt.framesize - 1, def);
      break;
    case BC.ITERN:
      use.push(a - 2, a - 1);
      def.push(a, a + 1);
      break;
    case BC.VARG:
      span(a, b > 0 ? a + b - 2 : pt.framesize - 1, def);
      break;
    case BC.ISNEXT:
      span(a - 3, a - 1, use);
      break;
    case BC.RETM:
      span(a, a + d - 1, use);
      break;
    case BC.RET:
      span(a, a + d - 2, use);
      break;
    case BC.RET1:
      use.push(a);
      break;
    case BC.FORI:
    case BC.JFORI:
      span(a, a + 2, use);
      def.push(a + 3);
      break;
    case BC.FORL:
    case BC.IFORL:
      span(a, a + 2, use);
      def.push(a, a + 3);
      break;
    case BC.ITERL:
    case BC.IITERL:
      use.push(a);
      break;
    case BC.CAT:
      span(b, c, use);
      def.push(a);
      break;
    case BC.ISTC:
    case BC.ISFC:
      use.push(d); // A is written only when jumping: it does not kill.
      break;
    default: {
      const ma = bcModeA[op], mb = bcModeB[op], md = bcModeCD[op];
      if (mb === "var") use.push(b);
      if (md === "var") use.push(bcModeB[op] === "___" ? d : c);
      if (ma === "var") use.push(a);
      if (ma === "dst") def.push(a);
    }
  }
  return { use, def };
}

/** Slots of the frame that closures capture: they always live on the stack. */
function capturedSlots(pt: Proto): Set<number> {
  const cap = new Set<number>();
  const bc = pt.bc;
  for (let pc = 1; pc < bc.length; pc++) {
    if (bcOp(bc[pc]) !== BC.FNEW) continue;
    const child = pt.kgc[bcD(bc[pc])] as Proto;
    for (const v of child.uv) if (v & PROTO_UV_LOCAL) cap.add(v & 0xff);
  }
  return cap;
}

/** Live slots (registers only) before each unit start, as sorted arrays. */
function liveness(
  pt: Proto,
  cfg: CFG,
  isReg: (s: number) => boolean,
): Map<number, number[]> {
  const blocks = cfg.blocks;
  const liveIn = blocks.map(() => new Set<number>());
  const units = blocks.map((b) => {
    const us: number[] = [];
    for (let pc = b.start; pc < b.end; pc += unitLen(pt.bc, pc)) us.push(pc);
    return us;
  });
  const ud = new Map<number, { use: number[]; def: number[] }>();
  for (const us of units) for (const pc of us) ud.set(pc, useDef(pt, pc));
  const transfer = (b: Block, out: Set<number>, record?: Map<number, number[]>) => {
    const live = new Set(out);
    const us = units[b.id];
    for (let i = us.length - 1; i >= 0; i--) {
      const { use, def } = ud.get(us[i])!;
      for (const s of def) live.delete(s);
      for (const s of use) if (isReg(s)) live.add(s);
      if (record) record.set(us[i], [...live].sort((x, y) => x - y));
    }
    return live;
  };
  const order = [...blocks].filter((b) => b.id !== 0).sort((x, y) => y.rpo - x.rpo);
  for (let changed = true; changed;) {
    changed = false;
    for (const b of order) {
      const out = new Set<number>();
      for (const s of b.flow) for (const x of liveIn[s]) out.add(x);
      const lin = transfer(b, out);
      if (lin.size !== liveIn[b.id].size) {
        liveIn[b.id] = lin;
        changed = true;
      }
    }
  }
  const result = new Map<number, number[]>();
  for (const b of order) {
    const out = new Set<number>();
    for (const s of b.flow) for (const x of liveIn[s]) out.add(x);
    transfer(b, out, result);
  }
  return result;
}

/** Back-edge sources and targets: [source pc, target pc] of each backward jump. */
function backEdges(pt: Proto): [number, number][] {
  const bc = pt.bc, out: [number, number][] = [];
  for (let pc = 1; pc < bc.length; pc++) {
    const op = bcOp(bc[pc]);
    if (bcModeCD[op] === "jump" && op !== BC.LOOP && op !== BC.ILOOP) {
      const t = pc + 1 + bcD(bc[pc]) - BCBIAS_J;
      if (t <= pc) out.push([pc, t]);
    }
  }
  return out;
}

/**
 * Entry points: instructions after calls that went through the trampoline (or were never
 * run), and the loop-edge targets of outermost loops (where the interpreter switches).
 */
function chooseEntries(pt: Proto, fb: Feedback): number[] {
  const bc = pt.bc, n = bc.length;
  const entries = new Set<number>();
  for (let pc = 1; pc < n; pc++) {
    const op = bcOp(bc[pc]);
    if ((op === BC.CALL || op === BC.CALLM || op === BC.ITERC) && fb[pc] !== 1) {
      if (pc + 1 < n) entries.add(pc + 1);
    }
  }
  const edges = backEdges(pt);
  const inside = (e: number) => edges.filter(([s, t]) => t <= e && e <= s).length;
  for (const [s, t] of edges) {
    const op = bcOp(bc[s]);
    const target = op === BC.FORL || op === BC.IFORL || op === BC.ITERL || op === BC.IITERL
      ? t
      : -1;
    if (target > 0 && inside(target) === 1) entries.add(target);
  }
  for (let pc = 1; pc < n; pc++) {
    const op = bcOp(bc[pc]);
    if ((op === BC.LOOP || op === BC.ILOOP) && inside(pc) === 1) entries.add(pc);
  }
  return [...entries].sort((x, y) => x - y);
}

/** Generated code and the entry points it supports. */
export interface Compiled {
  body: string;
  /** Declarations around the function: its inline caches. */
  prelude: string;
  entries: Set<number>;
}

/** Instructions that enter traces. */
const JIT_OPS: readonly number[] = [BC.JFORL, BC.JITERL, BC.JLOOP, BC.JFUNCF, BC.JFUNCV];

/** Generates the body of the compiled function, or null if the prototype is unsuitable. */
export function generateJsc(pt: Proto, fb: Feedback): Compiled | null {
  const bc = pt.bc;
  for (let pc = 0; pc < bc.length; pc++) {
    const op = bcOp(bc[pc]);
    if (!TEMPLATES[bcName[op]] && !isHeader(op)) return null;
    if (JIT_OPS.includes(op)) return null; // Patched in by a JIT: interpreter only.
  }
  const cfg = buildCFG(pt, chooseEntries(pt, fb));
  if (cfg === null) return null;
  const captured = capturedSlots(pt);
  const fs = pt.framesize;
  const isReg = (s: number) => s >= 0 && s < fs && !captured.has(s);
  const live = liveness(pt, cfg, isReg);
  // Named locals in scope stay visible on the stack at calls (debug.getlocal, and the
  // collector's view), even when no instruction reads them again.
  const inScope = (pc: number): number[] => {
    let n = 0;
    for (const v of pt.varinfo) {
      if (v.startpc > pc) break;
      if (pc < v.endpc) n++;
    }
    const r: number[] = [];
    for (let i = 0; i < n; i++) if (isReg(i)) r.push(i);
    return r;
  };
  const liveAt = (pc: number) => {
    const l = live.get(pc) ?? [];
    const sc = inScope(pc);
    return sc.length === 0 ? l : [...new Set([...l, ...sc])].sort((x, y) => x - y);
  };
  const blocks = cfg.blocks;
  const reg = (s: number) => (isReg(s) ? `r${s}` : `S[base + ${s}]`);
  const allRegs: number[] = [];
  for (let s = 0; s < fs; s++) if (isReg(s)) allRegs.push(s);
  const flush = (pc: number, below = fs) =>
    (pc < 0 ? allRegs : liveAt(pc)).filter((s) => s < below).map((s) => `S[base + ${s}] = r${s};`)
      .join(" ");
  const reload = (pc: number) => liveAt(pc).map((s) => `r${s} = S[base + ${s}];`).join(" ");

  /** The template context of the unit at pc; `go` makes the code of a jump to a target. */
  const ctxFor = (pc: number, go: (target: number) => string, ic: () => string): OpCtx => {
    const ins = bc[pc], op = bcOp(ins);
    const a = bcA(ins), b = bcB(ins), c = bcC(ins), d = bcD(ins);
    const len = unitLen(bc, pc);
    const cjt = TEMPLATES[bcName[op]]!.fused ? pc + 2 + bcD(bc[pc + 1]) - BCBIAS_J : -1;
    return {
      jsc: true,
      hooked: false,
      A: String(a),
      B: String(b),
      C: String(c),
      D: String(d),
      SD: String((d << 16) >> 16),
      PC: String(pc),
      NPC: String(pc + 1),
      JT: String(pc + 1 + d - BCBIAS_J),
      CJT: String(cjt),
      a,
      b,
      c,
      d,
      R: (s) => reg(Number(s)),
      goto: (target) => `{ ${go(Number(target))} }`,
      get skip() {
        return go(pc + len);
      },
      KN: (i) => numLit(pt.kn[Number(i)]),
      KS: (i) => JSON.stringify(pt.kgc[Number(i)] as string),
      deopt: `{ ${flush(pc)} L.base = base; L.pc = ${pc}; return A_INTERP; }`,
      flush: (at, below) => flush(at, below),
      reload: (at) => reload(at),
      isEntry: (at) => cfg.entries.has(at),
      ic,
    };
  };

  // Dominator-tree children, merge children by descending reverse postorder.
  const kids = blocks.map(() => [] as number[]);
  for (const b of blocks) if (b.idom >= 0) kids[b.idom].push(b.id);
  // Merge nodes: more than one forward edge in (counting parallel edges).
  const fwdIn = new Uint32Array(blocks.length);
  for (const b of blocks) for (const s of b.flow) if (blocks[s].rpo > b.rpo) fwdIn[s]++;
  for (const b of blocks) fwdIn[b.id] += b.routedIn;
  fwdIn[cfg.blockAt.get(1)!]++; // The function entry.
  for (const b of blocks) {
    let last = b.start;
    if (b.id === 0) continue;
    while (last + unitLen(bc, last) < b.end) last += unitLen(bc, last);
    const targets = unitTargets(pt, last);
    for (let i = 0; i < targets.length; i++) {
      for (let j = i + 1; j < targets.length; j++) {
        if (targets[i] === targets[j]) fwdIn[cfg.blockAt.get(targets[i])!]++;
      }
    }
    // A template that jumps to a target from several places of its code must not have the
    // target's code inlined at each: the target becomes a merge (reached by `break`).
    if (!isHeader(bcOp(bc[last]))) {
      const uses = new Map<number, number>();
      TEMPLATES[bcName[bcOp(bc[last])]]!.code(ctxFor(last, (target) => {
        uses.set(target, (uses.get(target) ?? 0) + 1);
        return "";
      }, () => "IC"));
      for (const [target, n] of uses) if (n > 1) fwdIn[cfg.blockAt.get(target)!]++;
    }
  }
  const isMerge = (id: number) => fwdIn[id] > 1;
  let depth = 0, maxDepth = 0;
  const ics: string[] = [];

  const branch = (x: number, y: number): string => {
    if (blocks[y].rpo <= blocks[x].rpo) return `continue L${y};`;
    if (isMerge(y)) return `break B${y};`;
    return emitTree(y);
  };

  const emitTree = (x: number): string => {
    const ys = kids[x].filter(isMerge).sort((p, q) => blocks[q].rpo - blocks[p].rpo);
    if (!blocks[x].isLoopHeader) return nodeWithin(x, ys);
    depth++;
    maxDepth = Math.max(maxDepth, depth);
    const s = `L${x}: for (;;) {\n${nodeWithin(x, ys)}\n}`;
    depth--;
    return s;
  };

  const nodeWithin = (x: number, ys: number[]): string => {
    if (ys.length > 0) {
      depth++;
      maxDepth = Math.max(maxDepth, depth);
      const inner = nodeWithin(x, ys.slice(1));
      depth--;
      return `B${ys[0]}: {\n${inner}\n}\n${emitTree(ys[0])}`;
    }
    return blockCode(x);
  };

  const blockCode = (x: number): string => {
    const b = blocks[x];
    let code = "";
    if (b.routes.size > 0) {
      // Entering mid-function: go on towards the entry point.
      const byTarget = new Map<number, number[]>();
      for (const [e, t] of b.routes) {
        if (!byTarget.has(t)) byTarget.set(t, []);
        byTarget.get(t)!.push(e);
      }
      let sw = "";
      for (const [t, es] of byTarget) {
        const final = es.filter((e) => cfg.blockAt.get(e) === t);
        const pass = es.filter((e) => cfg.blockAt.get(e) !== t);
        if (final.length) {
          sw += `${final.map((e) => `case ${e}:`).join(" ")} pc = 0; ${branch(x, t)}\n`;
        }
        if (pass.length) sw += `${pass.map((e) => `case ${e}:`).join(" ")} ${branch(x, t)}\n`;
      }
      code += x === 0 ? `switch (pc) {\n${sw}}\n` : `if (pc !== 0) switch (pc) {\n${sw}}\n`;
    }
    if (x === 0) {
      return code + branch(0, cfg.blockAt.get(1)!);
    }
    let pc = b.start;
    while (pc < b.end) {
      const len = unitLen(bc, pc);
      const isLast = pc + len >= b.end;
      code += unitCode(x, pc, isLast) + "\n";
      pc += len;
    }
    return code;
  };

  const unitCode = (x: number, pc: number, isLast: boolean): string => {
    const ins = bc[pc], op = bcOp(ins);
    if (isHeader(op)) return isLast ? branch(x, cfg.blockAt.get(pc + 1)!) : "";
    const t = TEMPLATES[bcName[op]]!;
    const len = unitLen(bc, pc);
    let usedGoto = false;
    const ctx = ctxFor(pc, (target) => {
      usedGoto = true;
      return branch(x, cfg.blockAt.get(target)!);
    }, () => {
      const name = `IC${ics.length}`;
      ics.push(name);
      return name;
    });
    const go = (target: string) => branch(x, cfg.blockAt.get(Number(target))!);
    // With a JIT attached, a hot counter running out goes back to the interpreter, which
    // counts again and reports it with the frame on the stack.
    const hot = HOT_LOOP_OPS.includes(op)
      ? `if (L.G.jit !== null && H_hotjsc(L, P, ${pc}, ${HOTCOUNT_LOOP})) ${ctx.deopt}\n`
      : "";
    let code = `/* ${pc} ${bcName[op]} */ ${hot}${t.code(ctx)}`;
    if (isLast && !t.ends && !usedGoto) code += `\n${go(String(pc + len))}`;
    return code;
  };

  const body = emitTree(0);
  if (maxDepth > MAX_NESTING) return null;
  // Entry: registers start undefined; parameters come from the stack.
  const regs: string[] = [];
  for (let s = 0; s < fs; s++) if (isReg(s)) regs.push(`r${s}`);
  let reloads = "";
  for (const e of cfg.entries) reloads += `case ${e}: ${reload(e)} break;\n`;
  const params: string[] = [];
  for (let s = 0; s < pt.numparams; s++) if (isReg(s)) params.push(`r${s} = S[base + ${s}];`);
  const code = `
  const cl = S[base - 2]${pt.uv.length > 0 ? ", U = cl.upvals" : ""};
  ${regs.length ? `let ${regs.join(", ")};` : ""}
  if (pc === 0) {
    ${
    bcOp(pt.bc[0]) === BC.FUNCF
      ? `if (L.G.jit !== null && H_hotjsc(L, P, 0, ${HOTCOUNT_CALL})) ` +
        `{ L.base = base; L.pc = 0; return A_INTERP; }`
      : ""
  }
    ${pt.isVararg ? ENTRY_VARARG(fs, pt.numparams) : ENTRY_FIXED(fs, pt.numparams)}
    ${params.join(" ")}
  } else switch (pc) {
    ${reloads}default: H_badop(P, pc);
  }
  ${body}
  H_badop(P, -1);`;
  const prelude = ics.length
    ? `const ${
      ics.map((n) =>
        `${n} = { s: null, i: 0, m: undefined, e: -1, v: undefined, f: null, n: null, j: 0 }`
      ).join(", ")
    };`
    : "";
  return { body: code, prelude, entries: cfg.entries };
}

/** Successor pcs of a unit as its template reaches them (for parallel-edge counting). */
function unitTargets(pt: Proto, pc: number): number[] {
  const bc = pt.bc, op = bcOp(bc[pc]);
  const t = TEMPLATES[bcName[op]];
  if (t?.fused) return [pc + 2 + bcD(bc[pc + 1]) - BCBIAS_J, pc + 2];
  if (bcModeCD[op] === "jump" && op !== BC.LOOP && op !== BC.ILOOP) {
    return [pc + 1 + bcD(bc[pc]) - BCBIAS_J, pc + 1];
  }
  return [];
}

/** Entry code of a fixed-argument function: stack check, missing parameters to nil. */
const ENTRY_FIXED = (fs: number, np: number) =>
  `{
    const top = base + ${fs};
    if (top > L.size) { L.pc = 1; L.growStack(top); }
    for (let i = L.top - base; i < ${np}; i++) S[base + i] = undefined;
  }`;

/** Entry code of a vararg function: moves the fixed parameters above the varargs. */
const ENTRY_VARARG = (fs: number, np: number) =>
  `{
    const na = L.top - base, nb = base + na + 2;
    if (nb + ${fs} > L.size) { L.pc = 1; L.growStack(nb + ${fs}); }
    S[nb - 2] = S[base - 2];
    L.link[nb - 1] = ((na + 2) << 3) | FRAME_VARG;
    for (let i = 0; i < ${np}; i++) {
      if (i < na) { S[nb + i] = S[base + i]; S[base + i] = undefined; }
      else S[nb + i] = undefined;
    }
    base = nb;
    L.base = nb;
  }`;
