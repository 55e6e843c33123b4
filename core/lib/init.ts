// Opens the standard libraries into a fresh state, in LuaJIT's order (lib_init.c).
// Each library module exports `open(L)`; add one line per library.
import type { LuaState } from "../state.ts";
import { open as openBase } from "./base.ts";
import { open as openCoroutine } from "./coroutine.ts";

export function openLibs(L: LuaState): void {
  openBase(L);
  openCoroutine(L);
}
