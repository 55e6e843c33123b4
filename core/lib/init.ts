// Opens the standard libraries into a fresh state, in LuaJIT's order (lib_init.c).
// Each library module exports `open(L)`; add one line per library.
import type { LuaState } from "../state.ts";
import { open as openBase } from "./base.ts";
import { open as openCoroutine } from "./coroutine.ts";
import { open as openPackage } from "./package.ts";
import { open as openTable } from "./table.ts";
import { open as openIo } from "./io.ts";
import { open as openOs } from "./os.ts";
import { open as openString } from "./string.ts";
import { open as openMath } from "./math.ts";
import { open as openDebug } from "./debug.ts";
import { open as openBit } from "./bit.ts";
import { open as openJit } from "./jit.ts";

export function openLibs(L: LuaState): void {
  openBase(L);
  openCoroutine(L);
  openPackage(L);
  openTable(L);
  openIo(L);
  openOs(L);
  openString(L);
  openMath(L);
  openDebug(L);
  openBit(L);
  openJit(L);
}
