// Seeded random Lua programs for differential testing of the compiler against luajit -bl.
// `generate(seed, size)` returns a valid program covering every statement form (locals,
// multiple assignment, local/global/method functions, do/while/repeat/if, numeric and
// generic for, goto/labels, break, return) over the expressions of gen_expr.ts; a few
// programs stress LuaJIT's limits (locals, upvalues, registers, constants, nesting).
// `generateInvalid` mutates such a program into one that (usually) fails to compile.
import { ATTACH, ExprGen, type Scope } from "./gen_expr.ts";
import { numberText, quotedString, stringText } from "./lit.ts";
import { Rng } from "./rng.ts";
import { mutate } from "./mutate.ts";
import { render } from "./render.ts";

/** Nesting constructs: opener, closer, whether the inside is an expression. */
const STMT_NEST: [string, string, boolean][] = [
  ["do", "end", false],
  ["while g do", "end", false],
  ["if g then", "end", false],
  ["if g then else", "end", false],
  ["for i = 1, 2 do", "end", false],
  ["for k in g do", "end", false],
  ["repeat", "until g", false],
  ["local function f()", "end", false],
  ["function g.f()", "end", false],
  ["x =", "", true],
  ["local x =", "", true],
  ["return", "", true],
];
const EXPR_NEST: [string, string, boolean][] = [
  ["(", ")", true],
  ["{", "}", true],
  ["{ x =", "}", true],
  ["{ [", "] = 1 }", true],
  ["-", "", true],
  ["not", "", true],
  ["#", "", true],
  ["f(", ")", true],
  ["t[", "]", true],
  ["1 +", "", true],
  ["a ..", "", true],
  ["2 ^", "", true],
  ["a or", "", true],
  ["1 <", "", true],
  ["function()", "end", false],
];

class ProgramGen extends ExprGen {
  /** Where the last statement ended: a `;` is valid only right after a statement. */
  private stmtEnd = -1;
  /** Probability that a statement is replaced by one the compiler must reject. */
  faultRate = 0;
  /** Probability that the program also stresses one of LuaJIT's limits. */
  stressRate = 0.08;

  /** The main chunk: a vararg function with an optional shebang line. */
  program(): void {
    this.scopes.push({ names: [], targets: [], fnStart: true });
    const stress = this.rng.chance(this.stressRate) ? this.rng.int(6) : -1;
    if (stress === 0) this.manyConstants();
    while (this.budget > 0) this.statement();
    if (stress === 1) this.manyLocals();
    else if (stress === 2) this.manyUpvalues();
    else if (stress === 3) this.deepNesting();
    else if (stress === 4) this.manyRegisters();
    else if (stress === 5) this.longBranches();
    this.lastStatement();
    this.scopes.pop();
  }

  /** A block in a new scope; `loop` marks loop bodies, `repeat` one closed by `until`. */
  private block(opts: { loop?: boolean; repeat?: boolean; until?: () => void } = {}): void {
    const scope: Scope = { names: [], targets: [], fnStart: false };
    this.scopes.push(scope);
    if (opts.loop) this.fn.loops++;
    if (this.rng.chance(0.1)) {
      const label = this.newLabel();
      this.emit("::", label, "::");
      scope.targets.push(label);
    }
    // A trailing label is outside the scope of the block's locals (not before `until`).
    let trailing: string | undefined;
    if (!opts.repeat && this.rng.chance(opts.loop ? 0.3 : 0.08)) {
      // LuaJIT only refuses a label already defined in the same block: "continue" may
      // repeat in nested loops.
      trailing = opts.loop && this.rng.chance(0.5) ? "continue" : this.newLabel();
      scope.targets.push(trailing);
    }
    const n = this.rng.int(this.budget > 0 ? 5 : 2);
    for (let i = 0; i < n; i++) this.statement();
    if (trailing !== undefined) {
      if (this.rng.chance(0.3)) this.gotoStatement();
      this.emit("::", trailing, "::");
      // A `;` after it makes it an ordinary label again (gotos may then jump into a scope).
      if (this.rng.chance(0.03)) this.emit(";");
    } else if (this.rng.chance(0.3)) this.lastStatement();
    if (opts.until) opts.until();
    if (opts.loop) this.fn.loops--;
    this.scopes.pop();
  }

  /** A comma-separated name list. */
  private names(names: string[]): void {
    names.forEach((name, i) => {
      if (i) this.emit(",");
      this.emit(name);
    });
  }

  private newLabel(): string {
    return `L${++this.fn.labels}`;
  }

  /** Labels a goto here may reach: those of the enclosing blocks of this function. */
  private visibleTargets(): string[] {
    const out: string[] = [];
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      out.push(...this.scopes[i].targets);
      if (this.scopes[i].fnStart) break;
    }
    return out;
  }

  private declare(name: string): void {
    this.scopes[this.scopes.length - 1].names.push(name);
  }

  /** The statements that must end a block: return, break, goto. */
  private lastStatement(): void {
    const r = this.rng.int(10);
    if (r < 2 && this.fn.loops > 0) this.emit("break");
    else if (r < 3 && this.visibleTargets().length) this.gotoStatement();
    else this.returnStatement();
    if (this.rng.chance(0.2)) this.emit(";");
  }

  private gotoStatement(): void {
    const targets = this.visibleTargets();
    if (!targets.length) return;
    if (this.rng.chance(0.5)) {
      this.emit("if");
      this.cond();
      this.emit("then", "goto", this.rng.pick(targets), "end");
    } else this.emit("goto", this.rng.pick(targets));
  }

  private returnStatement(): void {
    this.emit("return");
    switch (this.rng.int(8)) {
      case 0:
        break;
      case 1:
      case 2:
        this.expr();
        break;
      case 3:
        this.exprList(this.rng.range(2, 5));
        break;
      case 4:
        this.prefixExp(true);
        break;
      case 5:
        if (this.fn.vararg) this.emit("...");
        else this.emit("nil");
        break;
      case 6:
        this.emit("(");
        this.prefixExp(true);
        this.emit(")");
        break;
      default:
        this.expr();
        this.emit(",");
        this.multi();
    }
  }

  private statement(): void {
    const start = this.out.length;
    if (this.faultRate && this.rng.chance(this.faultRate)) this.fault();
    else this.statementBody();
    if (this.out.length === start) return;
    this.stmtEnd = this.out.length;
    if (this.rng.chance(0.05)) this.emit(";");
  }

  private statementBody(): void {
    this.budget--;
    const kind = this.rng.weighted({
      local: 14,
      assign: 14,
      call: 10,
      do: 3,
      while: 4,
      repeat: 3,
      if: 9,
      fornum: 5,
      forin: 5,
      localfunc: 4,
      func: 3,
      goto: 2,
      label: 1,
      nestedReturn: 2,
    });
    switch (kind) {
      case "local":
        this.localStatement();
        break;
      case "assign":
        this.assignment();
        break;
      case "call":
        this.callStatement();
        break;
      case "do":
        this.emit("do");
        this.block();
        this.emit("end");
        break;
      case "while":
        this.emit("while");
        this.cond();
        this.emit("do");
        this.block({ loop: true });
        this.emit("end");
        break;
      case "repeat":
        this.emit("repeat");
        this.block({
          loop: true,
          repeat: true,
          until: () => {
            this.emit("until");
            this.cond();
          },
        });
        break;
      case "if":
        this.ifStatement();
        break;
      case "fornum":
        this.forNum();
        break;
      case "forin":
        this.forIn();
        break;
      case "localfunc": {
        const name = this.localName();
        this.emit("local", "function", name);
        this.declare(name);
        this.funcBody(false);
        break;
      }
      case "func":
        this.funcStatement();
        break;
      case "goto":
        this.gotoStatement();
        break;
      case "label": {
        // A label mid-block: backward gotos from later statements may use it.
        const label = this.newLabel();
        this.emit("::", label, "::");
        this.scopes[this.scopes.length - 1].targets.push(label);
        break;
      }
      case "nestedReturn":
        this.emit("do");
        this.returnStatement();
        this.emit("end");
        break;
    }
  }

  private localStatement(): void {
    const n = this.rng.range(1, 4);
    const names: string[] = [];
    for (let i = 0; i < n; i++) names.push(this.localName());
    this.emit("local");
    this.names(names);
    if (this.rng.chance(0.85)) {
      this.emit("=");
      this.exprList(this.rng.range(1, 4));
    }
    for (const name of names) this.declare(name);
  }

  /** An assignment target: local, upvalue, global or indexed expression. */
  private target(): void {
    if (this.rng.chance(0.55)) this.emit(this.varName());
    else {
      this.prefixExp(false);
      if (this.rng.chance(0.5)) this.emit(".", this.fieldName());
      else {
        this.emit("[");
        this.key();
        this.emit("]");
      }
    }
  }

  private assignment(): void {
    const n = this.rng.chance(0.7) ? 1 : this.rng.range(2, 4);
    const start = this.out.length, afterStatement = start === this.stmtEnd;
    for (let i = 0; i < n; i++) {
      if (i) this.emit(",");
      this.target();
    }
    this.separate(start, afterStatement);
    this.emit("=");
    this.exprList(this.rng.chance(0.6) ? n : this.rng.range(1, 5));
  }

  /**
   * A statement starting with `(` would continue the previous one as a call: add `;`.
   * (`afterStatement` is taken before generating it: nested function bodies move stmtEnd.)
   */
  private separate(start: number, afterStatement: boolean): void {
    if (this.out[start] === "(" && afterStatement) this.out.splice(start, 0, ";");
  }

  private callStatement(): void {
    const start = this.out.length, afterStatement = start === this.stmtEnd;
    this.prefixExp(true);
    this.separate(start, afterStatement);
  }

  private ifStatement(): void {
    this.emit("if");
    this.cond();
    this.emit("then");
    this.block();
    const elseifs = this.rng.chance(0.3) ? this.rng.range(1, 3) : 0;
    for (let i = 0; i < elseifs; i++) {
      this.emit("elseif");
      this.cond();
      this.emit("then");
      this.block();
    }
    if (this.rng.chance(0.4)) {
      this.emit("else");
      this.block();
    }
    this.emit("end");
  }

  /** Numeric for with constant, negative, float or computed bounds and steps. */
  private forNum(): void {
    const bound = () => {
      const r = this.rng.int(4);
      if (r === 0) this.expr();
      else if (r === 1) this.emit(this.varName());
      else this.number();
    };
    const v = this.localName();
    this.emit("for", v, "=");
    bound();
    this.emit(",");
    bound();
    if (this.rng.chance(0.5)) {
      this.emit(",");
      if (this.rng.chance(0.5)) this.emit(this.rng.pick(["-1", "2", "-2", "0", "0.5", "-0.25"]));
      else bound();
    }
    this.emit("do");
    this.loopBody([v]);
  }

  private loopBody(vars: string[]): void {
    this.scopes.push({ names: vars, targets: [], fnStart: false });
    this.block({ loop: true });
    this.scopes.pop();
    this.emit("end");
  }

  /** Generic for over pairs/ipairs/next (global, local or upvalue) and custom iterators. */
  private forIn(): void {
    const vars: string[] = [];
    const n = this.rng.chance(0.8) ? this.rng.range(1, 2) : this.rng.range(3, 5);
    for (let i = 0; i < n; i++) vars.push(this.localName());
    this.emit("for");
    this.names(vars);
    this.emit("in");
    const t = () => this.emit(this.varName());
    switch (this.rng.int(9)) {
      case 0:
      case 1:
        this.emit("pairs", ATTACH + "(");
        t();
        this.emit(")");
        break;
      case 2:
        this.emit("ipairs", ATTACH + "(");
        t();
        this.emit(")");
        break;
      case 3:
        this.emit("next", ",");
        t();
        if (this.rng.chance(0.3)) this.emit(",", "nil");
        break;
      case 4:
        this.emit(this.varName(), ATTACH + "(");
        t();
        this.emit(")");
        break;
      case 5:
        this.emit("function");
        this.funcBody(false);
        break;
      case 6:
        this.emit("string", ".", "gmatch", ATTACH + "(", quotedString(this.rng), ",");
        this.emit(stringText(this.rng), ")");
        break;
      default:
        this.exprList(this.rng.range(1, 4));
    }
    this.emit("do");
    this.loopBody(vars);
  }

  private funcStatement(): void {
    this.emit("function", this.varName());
    const n = this.rng.int(3);
    for (let i = 0; i < n; i++) this.emit(".", this.fieldName());
    const method = this.rng.chance(0.35);
    if (method) this.emit(":", this.fieldName());
    this.funcBody(method);
  }

  /** Parameters and body of a function; methods get `self`. */
  protected funcBody(method: boolean): void {
    const saved = { fn: this.fn, depth: this.depth };
    const params: string[] = method ? ["self"] : [];
    const n = this.rng.int(4);
    const shown: string[] = [];
    for (let i = 0; i < n; i++) {
      const p = this.localName();
      params.push(p);
      shown.push(p);
    }
    const vararg = this.rng.chance(0.3);
    if (vararg) shown.push("...");
    this.emit(ATTACH + "(");
    this.names(shown);
    this.emit(")");
    this.fn = { vararg, loops: 0, labels: 0 };
    this.depth = 0;
    this.scopes.push({ names: params, targets: [], fnStart: true });
    const n2 = this.rng.int(this.budget > 0 ? 4 : 1);
    for (let i = 0; i < n2; i++) this.statement();
    if (this.rng.chance(0.6)) this.lastStatement();
    this.scopes.pop();
    this.emit("end");
    this.fn = saved.fn;
    this.depth = saved.depth;
  }

  /** A statement that is well-formed token by token but that the compiler rejects. */
  private fault(): void {
    this.budget--;
    const label = this.newLabel();
    switch (this.rng.int(9)) {
      case 0:
        this.emit("goto", "nowhere");
        break;
      case 1:
        this.emit("do", "break", "end");
        break;
      case 2: // A forward goto into the scope of a local (the label is not last).
        this.emit("do", "goto", label, "local", this.localName(), "=", "1", "::", label, "::");
        this.statement();
        this.emit("end");
        break;
      case 3:
        this.emit("::", label, "::");
        this.statement();
        this.emit("::", label, "::");
        break;
      case 4:
        this.emit("local", "function", this.localName(), ATTACH + "(", ")", "return", "...");
        this.emit("end");
        break;
      case 5: // Before `until`, a trailing label is still in the scope of the body's locals.
        this.emit("repeat", "goto", label, "local", "z", "::", label, "::", "until", "z");
        break;
      case 6:
        this.emit(
          ...this.rng.pick([
            ["f", ATTACH + "(", ")", "=", "1"],
            ["(", "a", ")", "=", "1"],
            ["a", "+", "b", "=", "1"],
            ["a", ".", "b", ":", "c", "=", "1"],
            ["local", "a", ".", "b", "=", "1"],
            ["nil", "=", "1"],
            ["x", ",", "f", ATTACH + "(", ")", "=", "1", ",", "2"],
          ]),
        );
        break;
      case 7: // Valid: a label may repeat in a nested block; then an undefined one.
        this.emit("::", label, "::", "do", "::", label, "::", "end", "goto", label + "x");
        break;
      default:
        this.emit("for", "i", "=", "1", "do", "end");
    }
  }

  // -- Programs near LuaJIT's limits --

  /** Hundreds of distinct constants: operands beyond 8-bit constant indexes. */
  private manyConstants(): void {
    const n = this.rng.pick([200, 260, 300, 600]);
    for (let i = 0; i < n; i++) {
      this.emit(`G${i}`, "=");
      if (this.rng.chance(0.5)) this.emit(`${i + 0.5}`);
      else this.emit(`"s${i}"`);
    }
  }

  /** Close to (or past) 200 locals in one function, maybe a nested one, maybe in loops. */
  private manyLocals(): void {
    const nested = this.rng.chance(0.4);
    const outer = this.fn;
    if (nested) {
      this.emit("local", "function", "big", ATTACH + "(", ")");
      this.scopes.push({ names: [], targets: [], fnStart: true });
      this.fn = { vararg: false, loops: 0, labels: 0 };
    }
    const loops = this.rng.chance(0.3) ? this.rng.range(1, 3) : 0;
    const n = this.rng.range(185, 202) - this.visibleLocals().length;
    for (let i = 0; i < n - 3 * loops; i++) {
      this.emit("local", `v${i}`, "=", String(i));
      this.declare(`v${i}`);
    }
    for (let i = 0; i < loops; i++) this.emit("for", `j${i}`, "=", "1", ",", "2", "do");
    this.statement();
    for (let i = 0; i < loops; i++) this.emit("end");
    if (nested) {
      this.scopes.pop();
      this.fn = outer;
      this.emit("end");
    }
  }

  /** Closures capturing close to (or past) 60 upvalues, through 1 to 3 function levels. */
  private manyUpvalues(): void {
    const n = this.rng.pick([30, 58, 59, 60, 61, 62]);
    for (let i = 0; i < n; i++) this.emit("local", `u${i}`, "=", numberText(this.rng));
    const levels = this.rng.range(1, 3);
    for (let l = 0; l < levels; l++) {
      this.emit("local", "function", `capture${l}`, ATTACH + "(", ")");
      if (l > 0 && this.rng.chance(0.5)) this.emit("local", "w", "=", `u${this.rng.int(n)}`);
    }
    this.emit("return");
    for (let i = 0; i < n; i++) {
      if (i) this.emit(this.rng.pick(["+", ","]));
      this.emit(`u${i}`);
    }
    for (let l = 0; l < levels; l++) this.emit("end");
  }

  /**
   * Nesting near 200 syntax levels: a random stack of statement and expression constructs
   * (each counts its own way towards LuaJIT's limit), closed in reverse.
   */
  private deepNesting(): void {
    const n = this.rng.chance(0.5) ? this.rng.range(185, 215) : this.rng.range(40, 260);
    const same = this.rng.chance(0.4);
    const closers: string[] = [];
    let expr = false;
    let fixed: [string, string, boolean] | null = null;
    for (let i = 0; i < n; i++) {
      const choice: [string, string, boolean] = fixed ??
        this.rng.pick(expr ? EXPR_NEST : STMT_NEST);
      if (i === 0 && choice[0] === "return") continue; // The main chunk's last statement follows.
      if (same) fixed = choice[2] === expr ? choice : null;
      this.emit(choice[0]);
      closers.push(choice[1]);
      expr = choice[2];
    }
    this.emit(expr ? "1" : "g = 1");
    for (let i = closers.length - 1; i >= 0; i--) if (closers[i]) this.emit(closers[i]);
  }

  /** An expression that needs more than 250 registers, or nearly. */
  private manyRegisters(): void {
    const n = this.rng.chance(0.5) ? this.rng.range(240, 252) : this.rng.pick([100, 200, 260]);
    this.emit("f", ATTACH + "(");
    for (let i = 0; i < n; i++) {
      if (i) this.emit(",");
      this.emit(this.rng.chance(0.5) ? "g" : String(i));
    }
    this.emit(")");
  }

  /** Loops with large bodies: long jumps. */
  private longBranches(): void {
    this.emit("while", "g", "do");
    const n = this.rng.pick([1000, 5000, 12000]);
    for (let i = 0; i < n; i++) this.emit("g", "=", "g", "+", "1");
    this.emit("end");
  }
}

/**
 * A valid program of roughly `size` statements and expressions; with probability
 * `stressRate` it also goes to (or just past) one of LuaJIT's limits.
 */
export function generate(seed: number, size: number, stressRate = 0.08): string {
  const rng = new Rng(seed);
  const gen = new ProgramGen(rng, size);
  gen.stressRate = stressRate;
  gen.program();
  const header = rng.pick(["", "", "", "", "", "", "#!/usr/bin/env luajit\n", "\xef\xbb\xbf"]);
  return (rng.chance(0.1) ? header : "") + render(gen.out, rng);
}

/** The token list of a valid program (for mutation). */
export function generateTokens(seed: number, size: number): string[] {
  const gen = new ProgramGen(new Rng(seed), size);
  gen.program();
  return gen.out;
}

/**
 * A program the compiler should reject: a valid one with tokens deleted, duplicated,
 * swapped or cut, or with statements the parser refuses by meaning (bad gotos and labels,
 * break outside a loop, `...` outside a vararg function, bad assignment targets).
 */
export function generateInvalid(seed: number, size: number): string {
  const rng = new Rng(seed ^ 0x5bd1e995);
  if (rng.chance(0.3)) {
    const gen = new ProgramGen(new Rng(seed), size);
    gen.faultRate = 2 / size;
    gen.program();
    return render(gen.out, rng);
  }
  const tokens = mutate(generateTokens(seed, size), rng);
  return render(tokens, rng, rng.chance(0.1));
}
