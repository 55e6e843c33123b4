// Code templates of calls and returns (see vm_ops.ts): the interpreter's, which go
// through the trampoline, and the compiled ones, which call natives inline and Lua
// functions directly while the JS depth allows it.
import type { OpCtx } from "./vm_ops.ts";

/** Slots a..a+n-1 as a list of R() expressions. */
export function range(o: OpCtx, a: number, n: number): string[] {
  const r: string[] = [];
  for (let i = 0; i < n; i++) r.push(o.R(a + i));
  return r;
}

/**
 * A call of the function in slot A with `nargs` arguments at A+2... Natives run inline;
 * Lua functions, __call and special natives go through the trampoline. `nres` is the
 * number of results wanted, -1 for all (which stay on the stack, counted in L.nres).
 * `fixed` is the number of arguments held in slots (the rest are multiple results
 * already on the stack); both are known when compiled.
 */
export function callCode(o: OpCtx, nargs: string, nres: number | string, fixed: number): string {
  if (o.jsc) return callCodeJsc(o, nargs, nres as number, fixed);
  const wanted = typeof nres === "number" ? nres : -2;
  let move: string;
  if (wanted === 1) move = `S[ra] = n > 0 ? S[nb] : undefined;`;
  else if (wanted === 0) move = ``;
  else if (wanted === -1) move = `for (let i = 0; i < n; i++) S[ra + i] = S[nb + i]; L.nres = n;`;
  else if (wanted > 1) {
    move = `for (let i = 0; i < ${wanted}; i++) S[ra + i] = i < n ? S[nb + i] : undefined;`;
  } else {
    move = `{ const w = ${nres};
      if (w < 0) { for (let i = 0; i < n; i++) S[ra + i] = S[nb + i]; L.nres = n; }
      else for (let i = 0; i < w; i++) S[ra + i] = i < n ? S[nb + i] : undefined; }`;
  }
  return `{
      const ra = base + ${o.A}, nb = ra + 2, na = ${nargs};
      const f = S[ra];
      L.link[ra + 1] = ((${o.A} + 2) << 3) | FRAME_LUA;
      L.linkpc[ra + 1] = ${o.NPC};
      L.top = nb + na;
      L.base = nb;
      if (f instanceof LuaFunction && f.native !== null${
    o.hooked ? " && L.G.hookmask === 0" : ""
  }) {
        pv.fb[ipc] |= 1;
        if (nb + na + MIN_STACK > L.size) H_nstack(L, f, nb + na);
        const n = f.native(L, nb, na);
        if (n < 0) { pv.fb[ipc] |= 2; L.nres = n; return A_NATIVE; }
        L.base = base;
        ${move}
        ${
    o.hooked
      ? ""
      : `if (L.G.hookmask !== 0) { L.pc = ${o.NPC}; L.hookpc = H_hookstart(pt, ${o.PC}); return A_REENTER; }`
  }
      } else { pv.fb[ipc] |= 2; return A_CALL; }
    }`;
}

/** The compiled form of callCode: arguments from slots to the stack, results back. */
function callCodeJsc(o: OpCtx, nargs: string, nres: number, fixed: number): string {
  const A = o.a, npc = Number(o.NPC);
  let args = `S[ra] = f;`;
  for (let i = 0; i < fixed; i++) args += ` S[nb + ${i}] = ${o.R(A + 2 + i)};`;
  // Results of a call at position `from` (nb for natives, L.rbase for Lua functions).
  const moveFrom = (from: string) => {
    if (nres === -1) return `for (let i = 0; i < n; i++) S[ra + i] = S[${from} + i]; L.nres = n;`;
    let m = "";
    for (let i = 0; i < nres; i++) {
      m += `${o.R(A + i)} = ${i} < n ? S[${from} + ${i}] : undefined; `;
    }
    return m;
  };
  // Slots from A on belong to the call (and may hold multiple results on the stack that
  // their registers do not have): never written back, except results taken already.
  // Natives that inspect the frame (getlocal, collectgarbage) see every slot.
  return `{
      const ra = base + ${A}, nb = ra + 2, na = ${nargs}, f = ${o.R(A)};
      ${args}
      L.link[ra + 1] = ${((A + 2) << 3)};
      L.linkpc[ra + 1] = ${npc};
      L.top = nb + na;
      L.base = nb;
      let act = A_CALL;
      if (f instanceof LuaFunction && f.native !== null && !f.syncs) {
        if (nb + na + MIN_STACK > L.size) H_nstack(L, f, nb + na);
        const n = f.native(L, nb, na);
        if (n >= 0) {
          L.base = base;
          ${moveFrom("nb")}
          if (L.G.hookmask !== 0) {
            L.pc = ${npc}; L.hookpc = H_hookstart(P, ${npc - 1});
            ${o.flush(npc, nres >= 0 ? A + nres : A)} return A_REENTER;
          }
          act = 0;
        } else {
          L.nres = n;
          act = A_NATIVE;
        }
      }
      if (act !== 0) {
        if (f instanceof LuaFunction && f.syncs) { ${o.flush(-1, A)} } else { ${o.flush(npc, A)} }
        if (act === A_NATIVE || !(f instanceof LuaFunction) || f.native !== null ||
            L.G.jsdepth >= MAX_JSDEPTH || L.G.hookmask !== 0) return act;
        ${directCall(moveFrom("L.rbase"))}
      }
    }`;
}

/**
 * A Lua function called straight from compiled code, its frame set up and the slots live
 * after the call written back: if the callee needs the trampoline (a deeper call than
 * the bounded JS depth allows, a yield, ...), the action code travels back up and this
 * frame resumes from the trampoline like any other; when the callee simply returns, the
 * results are taken here and the code goes on with its JS locals intact.
 */
function directCall(move: string): string {
  return `const G = L.G;
        G.jsdepth++;
        const a = (f.proto.vm?.code ?? H_code0(L, f.proto))(L, S, nb, 0);
        G.jsdepth--;
        if (a !== A_RET) return a;
        const n = L.nres;
        L.base = base;
        ${move}`;
}

/** Tail call of slot A with `nargs` arguments: moves them down into this frame. */
export function callTCode(o: OpCtx, nargs: string, fixed: number): string {
  const args = o.jsc
    ? range(o, o.a + 2, fixed).map((r, i) => `S[ra + ${2 + i}] = ${r};`).join(" ") +
      ` S[ra] = ${o.R(o.a)};`
    : "";
  return `{
      const ra = base + ${o.A};
      ${args}
      let na = ${nargs};
      if (!(S[ra] instanceof LuaFunction)) na = H_callmeta(L, base, ra, na, ${o.PC});
      let b = base;
      if ((L.link[b - 1] & FRAME_TYPEP) === FRAME_VARG) b -= L.link[b - 1] >> 3;
      const f = S[ra];
      S[b - 2] = f;
      for (let i = 0; i < na; i++) S[b + i] = S[ra + 2 + i];
      L.base = b;
      L.top = b + na;
      ${o.jsc ? directTail : ""}
      return A_CALL;
    }`;
}

/**
 * Compiled tail calls run the callee straight away (the frame is already replaced): a
 * Lua function's action code is this frame's, a native's results are this frame's.
 */
const directTail = `if (L.G.jsdepth < MAX_JSDEPTH && L.G.hookmask === 0) {
        if (f.native === null) {
          const G = L.G;
          G.jsdepth++;
          const act = (f.proto.vm?.code ?? H_code0(L, f.proto))(L, S, b, 0);
          G.jsdepth--;
          return act;
        }
        if (!f.syncs) {
          if (b + na + MIN_STACK > L.size) H_nstack(L, f, b + na);
          const n = f.native(L, b, na);
          L.nres = n;
          if (n < 0) return A_NATIVE; // L.base is the frame the native set up.
          L.base = b;
          L.rbase = b;
          return A_RET;
        }
      }`;

/** Return of `n` values starting at slot A; `fixed` of them held in slots. */
export function retCode(o: OpCtx, n: string, fixed: number): string {
  const store = o.jsc
    ? range(o, o.a, fixed).map((r, i) => `S[base + ${o.a + i}] = ${r};`).join(" ")
    : "";
  return `{ ${store} L.base = base; L.rbase = base + ${o.A}; L.nres = ${n}; return A_RET; }`;
}
