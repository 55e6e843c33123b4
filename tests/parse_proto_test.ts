// Every prototype the parser builds for the bc golden inputs is well-formed: it passes the
// dump loader's verifier, and its debug info is consistent with its bytecode.
import assert from "node:assert/strict";
import { BC, bcA, bcOp } from "../core/bc.ts";
import { bytesToStr } from "../core/bytes.ts";
import { Proto, PROTO_UV_LOCAL, PROTO_VARARG } from "../core/func.ts";
import { isBytecodeChunk, parse } from "../core/parse.ts";
import { verifyProto } from "../formats/bcverify.ts";
import { ROOT } from "./golden/harness.ts";

/** Children first, as the verifier requires. */
function verifyTree(pt: Proto, where: string): void {
  for (const k of pt.kgc) if (k instanceof Proto) verifyTree(k, where);
  verifyProto(pt, (detail) => assert.fail(`${where}: ${detail}`));
  checkDebugInfo(pt, where);
}

function checkDebugInfo(pt: Proto, where: string): void {
  const n = pt.bc.length;
  const head = bcOp(pt.bc[0]);
  assert.equal(head, pt.flags & PROTO_VARARG ? BC.FUNCV : BC.FUNCF, where);
  assert.equal(bcA(pt.bc[0]), pt.framesize, `${where}: header frame size`);
  assert(pt.lineinfo !== null && pt.lineinfo.length === n, `${where}: one line per instruction`);
  assert.equal(pt.lineinfo[0], pt.firstline, where);
  for (let pc = 1; pc < n; pc++) {
    const line = pt.lineinfo[pc];
    assert(line >= pt.firstline && line <= pt.firstline + pt.numline, `${where}: line ${line}`);
  }
  assert.equal(pt.uvnames.length, pt.uv.length, `${where}: a name per upvalue`);
  for (const v of pt.varinfo) {
    assert(v.name.length > 0, where);
    assert(v.startpc <= v.endpc && v.endpc <= n, `${where}: range of ${v.name}`);
  }
  for (const k of pt.kgc) {
    if (!(k instanceof Proto)) continue;
    for (let i = 0; i < k.uv.length; i++) {
      // A child's upvalue on a parent local names one of the parent's variables.
      if (k.uv[i] & PROTO_UV_LOCAL) {
        assert(pt.varinfo.some((v) => v.name === k.uvnames[i]), `${where}: ${k.uvnames[i]}`);
      } else {
        assert.equal(pt.uvnames[k.uv[i] & 0xff], k.uvnames[i], where);
      }
    }
  }
}

function exists(path: string): boolean {
  try {
    Deno.statSync(path);
    return true;
  } catch {
    return false;
  }
}

Deno.test("parser protos of the golden inputs are valid and consistent", () => {
  const dir = `${ROOT}/tests/golden/bc`;
  let checked = 0;
  for (const e of Deno.readDirSync(dir)) {
    if (!e.isFile || !e.name.endsWith(".lua")) continue;
    if (exists(`${dir}/${e.name.slice(0, -4)}.rc`)) continue; // A syntax error case.
    const src = bytesToStr(Deno.readFileSync(`${dir}/${e.name}`));
    if (isBytecodeChunk(src)) continue;
    verifyTree(parse(src, "@" + e.name), e.name);
    checked++;
  }
  assert(checked > 250, `only ${checked} inputs checked`);
});
