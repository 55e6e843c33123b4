-- The math library: every function on ordinary and special values.
local vals = { 0, -0.0, 1, -1, 0.5, -0.5, 2.5, -2.5, 3.7, 10, 100, 1e-300, 1e300,
  2^53, 1/0, -1/0, 0/0 }
local unary = { "abs", "floor", "ceil", "sqrt", "exp", "log", "log10", "sin", "cos", "tan",
  "asin", "acos", "atan", "sinh", "cosh", "tanh", "deg", "rad" }
for _, f in ipairs(unary) do
  local out = {}
  for _, v in ipairs(vals) do out[#out + 1] = string.format("%.14g", math[f](v)) end
  print(f, table.concat(out, " "))
end
for _, v in ipairs(vals) do
  local m, e = math.frexp(v)
  local i, fr = math.modf(v)
  print(v, "frexp", m, e, "modf", i, fr, "ldexp", math.ldexp(v, 3), math.ldexp(v, -1080))
end
local pairs2 = { { 7, 3 }, { -7, 3 }, { 7, -3 }, { 5.5, 2 }, { 1, 0 }, { 0, 0 }, { 1/0, 2 },
  { 2, 1/0 }, { 0/0, 1 }, { 2, 10 }, { 10, 0.5 }, { -8, 1/3 }, { 1, -0.0 }, { -1, 0 } }
for _, p in ipairs(pairs2) do
  local a, b = p[1], p[2]
  print(a, b, "fmod", math.fmod(a, b), "pow", math.pow(a, b), "atan2", math.atan2(a, b),
    "min", math.min(a, b), "max", math.max(a, b), "log", math.log(a, b))
end
print(math.min(1, 2, 0, 3), math.max(1, 5, 2), math.min(5), math.max(-1))
print(math.min(0/0, 1), math.min(1, 0/0), math.max(0/0, 1), math.max(1, 0/0))
print(1/math.min(0, -0.0), 1/math.min(-0.0, 0), 1/math.max(0, -0.0), 1/math.max(-0.0, 0))
print(math.pi, math.huge, -math.huge, math.huge == 1/0)
print(math.floor(-0.5), math.ceil(-0.5), math.floor(2^60 + 0.5), math.ceil(-2^60))
print(math.abs("-3"), math.floor("2.5"), math.sqrt("16"), math.max("3", 2), math.deg("1"))
for _, f in ipairs({ "abs", "floor", "sqrt", "min", "max", "fmod", "ldexp", "frexp", "log",
  "deg", "random" }) do
  print(f, pcall(math[f]), pcall(math[f], "x"), pcall(math[f], 1, {}))
end
print(math.log(8, 2), math.log(100, 10), math.log(2, 8), math.log(0, 2), math.log(-1, 2))
print(math.ldexp(1, 1024), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(0.75, -1074))
print(math.ldexp(3, 2.9), math.ldexp(3, -2.9), math.ldexp(1, 1/0), math.ldexp(0, 1/0))
print(math.mod, math.gcd, math.tointeger, math.type, math.maxinteger)
