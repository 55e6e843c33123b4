// Sources that hit the compiler's size limits. They are too large to keep as golden
// inputs, so they are generated: gen_limits.ts records luajit's messages for them in
// limits.json, and parse_limits_test.ts compiles the same sources.

/** Lines produced by `line(i)` for i = 0..n-1, after a header. */
function lines(header: string, n: number, line: (i: number) => string): string {
  const out = [header];
  for (let i = 0; i < n; i++) out.push(line(i));
  return out.join("\n") + "\n";
}

export const LIMIT_SOURCES: Record<string, () => string> = {
  number_constants: () => lines("local t = {}", 66000, (i) => `t[${i}.5] = 1`),
  number_constants_ok: () => lines("local t = {}", 65536, (i) => `t[${i}.5] = 1`),
  string_constants: () => lines("local x", 65600, (i) => `x = g${i}`),
  string_constants_in_function: () =>
    lines("local function f()", 65600, (i) => `x = "s${i}"`) + "end\n",
  jump_too_long: () => lines("local x = ...\nif x then", 33000, () => "x = -x") + "end\n",
  jump_long_ok: () => lines("local x = ...\nif x then", 32000, () => "x = -x") + "end\n",
  loop_too_long: () => lines("local x = ...\nwhile x do", 33000, () => "x = -x") + "end\n",
  variable_stack: () => lines("", 65477, () => "do local a end"),
  variable_stack_ok: () => lines("", 65470, () => "do local a end"),
  return_fixup: () =>
    lines("local x = ...\nif x then return end", 33000, () => "x = x + 1") +
    "local f = function() return x end\n",
  many_lines: () => lines("local function f()", 70000, () => "") + "return 1\nend\nreturn f\n",
};
