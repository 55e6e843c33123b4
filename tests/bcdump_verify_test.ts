// The reader's verification: each check refuses a dump that breaks it (with LuaJIT's
// "malformed bytecode" message and a detail naming the check), and the same dump without
// the damage loads. Dumps are made by compiling a program, damaging the Proto or the
// dump bytes, and writing it.
import assert from "node:assert/strict";
import { BC, insAD, setA, setB, setC, setD, setOp } from "../core/bc.ts";
import { parse } from "../core/parse.ts";
import {
  KCdata,
  Proto,
  PROTO_CHILD,
  PROTO_FFI,
  PROTO_UV_LOCAL,
  PROTO_VARARG,
  TemplateTable,
} from "../core/func.ts";
import { BytecodeError } from "../formats/bcdump.ts";
import { readBytecode } from "../formats/bcread.ts";
import { writeBytecode } from "../formats/bcwrite.ts";
import { toBigEndian } from "./golden/bcdump_compare.ts";

/** The pc of the first instruction with opcode op (searching from `from`). */
function find(pt: Proto, op: number, from = 1): number {
  for (let pc = from; pc < pt.bc.length; pc++) if ((pt.bc[pc] & 0xff) === op) return pc;
  throw new Error(`no ${op} in proto`);
}

function child(pt: Proto, i = 0): Proto {
  return pt.kgc.filter((k) => k instanceof Proto)[i] as Proto;
}

function refused(dump: Uint8Array, detail: RegExp, code = "BCBAD"): void {
  assert.throws(
    () => readBytecode(dump, "=test"),
    (e: unknown) => {
      assert(e instanceof BytecodeError, String(e));
      assert.equal(e.code, code);
      assert.equal(
        e.message,
        `test: cannot load ${code === "BCBAD" ? "malformed" : "incompatible"} bytecode`,
      );
      assert.match(e.detail, detail);
      return true;
    },
  );
}

/** Compiles src, checks that its dump loads, then that `damage` makes it refused. */
function check(src: string, detail: RegExp, damage: (pt: Proto) => void, strip = true): void {
  readBytecode(writeBytecode(parse(src, "=test"), strip), "=test");
  const pt = parse(src, "=test");
  damage(pt);
  refused(writeBytecode(pt, strip), detail);
}

const CASES: [string, string, RegExp, (pt: Proto) => void][] = [
  ["register outside the frame", "local a = 1 local b = a", /register 2 outside frame/, (pt) => {
    const pc = find(pt, BC.MOV);
    pt.bc[pc] = setD(pt.bc[pc], pt.framesize);
  }],
  ["frame too small for the registers used", "local a, b, c = 1, 2, 3", /outside frame/, (pt) => {
    pt.framesize = 2;
  }],
  ["more parameters than slots", "local function f(a, b) return a end", /parameters/, (pt) => {
    child(pt).numparams = child(pt).framesize + 1;
  }],
  ["frame size beyond LuaJIT's limit", "return 1", /frame size/, (pt) => {
    pt.framesize = 250;
  }],
  ["string constant out of range", "local s = 'x'", /not a string/, (pt) => {
    const pc = find(pt, BC.KSTR);
    pt.bc[pc] = setD(pt.bc[pc], pt.kgc.length);
  }],
  ["constant of the wrong kind", "local t = {1, 2} local s = 'x'", /not a string/, (pt) => {
    const pc = find(pt, BC.KSTR);
    pt.bc[pc] = setD(pt.bc[pc], pt.kgc.findIndex((k) => k instanceof TemplateTable));
  }],
  ["number constant out of range", "local x = 1.5", /number constant/, (pt) => {
    const pc = find(pt, BC.KNUM);
    pt.bc[pc] = setD(pt.bc[pc], pt.kn.length);
  }],
  ["prototype constant of the wrong kind", "local f = function() end", /not a prototype/, (pt) => {
    pt.kgc.push("s");
    const pc = find(pt, BC.FNEW);
    pt.bc[pc] = setD(pt.bc[pc], pt.kgc.length - 1);
  }],
  ["upvalue out of range", "local u return function() return u end", /upvalue 1 of 1/, (pt) => {
    const f = child(pt);
    const pc = find(f, BC.UGET);
    f.bc[pc] = setD(f.bc[pc], 1);
  }],
  ["primitive out of range", "local x = true", /primitive/, (pt) => {
    const pc = find(pt, BC.KPRI);
    pt.bc[pc] = setD(pt.bc[pc], 3);
  }],
  ["jump out of the function", "local a if a then a = 1 end", /leaves the function/, (pt) => {
    const pc = find(pt, BC.JMP);
    pt.bc[pc] = setD(pt.bc[pc], 0x8000 + 100);
  }],
  [
    "comparison without its JMP",
    "local a, b if a < b then a = 1 end",
    /not followed by JMP/,
    (pt) => {
      const pc = find(pt, BC.JMP);
      pt.bc[pc] = setOp(pt.bc[pc], BC.UCLO);
    },
  ],
  ["falling off the end", "local a = 1", /does not end/, (pt) => {
    pt.bc[pt.bc.length - 1] = insAD(BC.KPRI, 0, 0);
  }],
  ["unpaired FORI", "for i = 1, 2 do end", /unpaired FORI/, (pt) => {
    const pc = find(pt, BC.FORI);
    pt.bc[pc] = setD(pt.bc[pc], 0x8000);
  }],
  ["ISNEXT aimed elsewhere", "for k in pairs(_G) do end", /ISNEXT/, (pt) => {
    const pc = find(pt, BC.ISNEXT);
    pt.bc[pc] = setD(pt.bc[pc], 0x8000 + 2);
  }],
  ["iterator call without ITERL", "for k in next, _G do end", /without its ITERL/, (pt) => {
    const pc = find(pt, BC.ITERL);
    pt.bc[pc] = setOp(pt.bc[pc], BC.JMP);
  }],
  ["VARG in a fixed-argument function", "local a = ...", /VARG in a fixed/, (pt) => {
    pt.flags &= ~PROTO_VARARG;
  }],
  ["VARG with the wrong parameter count", "local a = ...", /VARG parameter count/, (pt) => {
    const pc = find(pt, BC.VARG);
    pt.bc[pc] = setC(pt.bc[pc], 1);
  }],
  ["multres consumer without producer", "return f(g())", /multres values missing/, (pt) => {
    const pc = find(pt, BC.CALL);
    pt.bc[pc] = setB(pt.bc[pc], 2);
  }],
  [
    "multres consumer at the wrong base",
    "local a local t = {f()}",
    /multres values missing/,
    (pt) => {
      const pc = find(pt, BC.TSETM);
      pt.bc[pc] = setA(pt.bc[pc], (pt.bc[pc] >>> 8 & 0xff) - 1);
    },
  ],
  ["TSETM index constant", "local t = {f()}", /TSETM start index/, (pt) => {
    pt.kn[0] = 1.5;
  }],
  ["RET0 with results", "return", /RET0 count/, (pt) => {
    pt.bc[pt.bc.length - 1] = insAD(BC.RET0, 0, 2);
  }],
  ["empty concatenation range", "local a, b = 'x', 'y' local c = a .. b", /concatenation/, (pt) => {
    const pc = find(pt, BC.CAT);
    pt.bc[pc] = setB(pt.bc[pc], pt.bc[pc] >>> 16 & 0xff);
  }],
  ["child flag missing", "local f = function() end", /child flag/, (pt) => {
    pt.flags &= ~PROTO_CHILD;
  }],
  ["cdata without FFI flag", "local x = 1LL", /FFI flag/, (pt) => {
    pt.flags &= ~PROTO_FFI;
  }],
  ["child upvalue outside the parent frame", "local u return function() return u end", /parent/, (
    pt,
  ) => {
    child(pt).uv[0] = PROTO_UV_LOCAL | pt.framesize;
  }],
  [
    "child upvalue outside the parent upvalues",
    "local u return function() return u end",
    /parent/,
    (
      pt,
    ) => {
      child(pt).uv[0] = 3;
    },
  ],
  ["repeated template key", "local t = {[1.5] = 1, [2.5] = 2}", /repeated/, (pt) => {
    (pt.kgc[0] as TemplateTable).hash[1][0] = (pt.kgc[0] as TemplateTable).hash[0][0];
  }],
  ["template key inside the array part", "local t = {1, 2, [2.5] = 2}", /array part/, (pt) => {
    (pt.kgc[0] as TemplateTable).hash[0][0] = 1;
  }],
];

for (const [name, src, detail, damage] of CASES) {
  Deno.test(`bytecode verification: ${name}`, () => {
    check(src, detail, damage);
    check(src, detail, damage, false);
  });
}

/** The dump bytes of the first instruction equal to ins (little-endian), or -1. */
function insOffset(dump: Uint8Array, ins: number): number {
  outer: for (let i = 0; i + 4 <= dump.length; i++) {
    for (let k = 0; k < 4; k++) if (dump[i + k] !== ((ins >>> (8 * k)) & 0xff)) continue outer;
    return i;
  }
  return -1;
}

Deno.test("bytecode verification: patched and header opcodes are refused", () => {
  const pt = parse("for i = 1, 2 do end", "=test");
  const forl = pt.bc[find(pt, BC.FORL)];
  const good = writeBytecode(pt, true);
  const at = insOffset(good, forl);
  assert(at > 0);
  for (const op of [BC.IFORL, BC.JFORL, BC.FUNCF, BC.FUNCV, BC.FUNCC, 200]) {
    const bad = good.slice();
    bad[at] = op;
    refused(bad, /opcode/);
  }
});

Deno.test("bytecode verification: proto flags beyond those dumps carry are refused", () => {
  const good = writeBytecode(parse("return", "=test"), true);
  // Header (5 bytes) and the proto length (1 byte) precede the proto flags.
  assert.equal(good[6], PROTO_VARARG);
  for (const flag of [0x08, 0x10, 0x80]) {
    const bad = good.slice();
    bad[6] |= flag;
    refused(bad, /proto flags/);
  }
});

Deno.test("bytecode verification: functions nested at most 200 deep", () => {
  const chain = (depth: number): Proto => {
    let pt: Proto | null = null;
    for (let i = 0; i < depth; i++) {
      const p = new Proto();
      p.framesize = 1;
      p.flags = PROTO_VARARG | (pt ? PROTO_CHILD : 0);
      p.bc = pt
        ? Uint32Array.of(insAD(BC.FUNCV, 1, 0), insAD(BC.FNEW, 0, 0), insAD(BC.RET0, 0, 1))
        : Uint32Array.of(insAD(BC.FUNCV, 1, 0), insAD(BC.RET0, 0, 1));
      if (pt) p.kgc = [pt];
      pt = p;
    }
    return pt!;
  };
  readBytecode(writeBytecode(chain(200), true), "=test");
  refused(writeBytecode(chain(201), true), /nested too deeply/);
});

Deno.test("bytecode verification: cdata in a dump without the FFI header flag", () => {
  const good = writeBytecode(parse("local x = 1LL", "=test"), true);
  assert.ok(readBytecode(good, "=test").kgc[0] instanceof KCdata);
  const bad = good.slice();
  bad[4] &= ~0x04;
  refused(bad, /FFI header flag/);
});

Deno.test("bytecode reader: huge and overlong ULEB128 lengths are refused without allocating", () => {
  const good = writeBytecode(parse("local s = 'x' return s", "=test"), true);
  // Header (5 bytes), proto length, then flags, params, framesize, #uv, then #kgc.
  const at = 5 + 1 + 4;
  for (const uleb of [[0xff, 0xff, 0xff, 0xff, 0x0f], [0x80, 0x80, 0x80, 0x80, 0x80, 0x01]]) {
    const bad = new Uint8Array(good.length + uleb.length - 1);
    bad.set(good.subarray(0, at));
    bad.set(uleb, at);
    bad.set(good.subarray(at + 1), at + uleb.length);
    refused(bad, /beyond end of data|overlong|size mismatch/);
  }
  // A non-minimal but bounded encoding is what LuaJIT accepts too.
  const wide = new Uint8Array(good.length + 1);
  wide.set(good.subarray(0, 4));
  wide.set([0x8a, 0x00], 4);
  wide.set(good.subarray(5), 6);
  assert.equal(readBytecode(wide, "=test").kgc[0], "x");
});

Deno.test("bytecode reader: big-endian dumps load as LuaJIT swaps them", () => {
  const GOLDEN = new URL("./golden/", import.meta.url).pathname;
  for (const stem of ["nested", "lines2", "vars", "cdata"]) {
    for (const dir of ["bcdump", "bcdump_g"]) {
      const le = Deno.readFileSync(`${GOLDEN}${dir}/${stem}.out`);
      const be = toBigEndian(le);
      const a = writeBytecode(readBytecode(le, "=x"), dir === "bcdump");
      const b = writeBytecode(readBytecode(be, "=x"), dir === "bcdump");
      assert.deepEqual(b, a, `${dir}/${stem}`);
    }
  }
});

Deno.test("bytecode reader: little-endian dumps marked big-endian are refused", () => {
  const GOLDEN = new URL("./golden/", import.meta.url).pathname;
  let n = 0;
  for (const dir of ["bcdump", "bcdump_g"]) {
    for (const e of Deno.readDirSync(GOLDEN + dir)) {
      if (!e.name.endsWith(".out")) continue;
      const wrong = Deno.readFileSync(`${GOLDEN}${dir}/${e.name}`);
      if (wrong.length === 0) continue; // A syntax error: no dump.
      wrong[4] |= 0x01;
      refused(wrong, /./);
      n++;
    }
  }
  assert(n > 300);
});
