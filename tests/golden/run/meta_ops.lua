-- Arithmetic, comparison, concatenation, length, call and tostring metamethods.
local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__eq = function(a, b) return a.x == b.x and a.y == b.y end
V.__lt = function(a, b) return a.x < b.x end
V.__le = function(a, b) return a.x <= b.x end
V.__concat = function(a, b)
  local function s(v) return type(v) == "table" and ("(" .. v.x .. "," .. v.y .. ")") or tostring(v) end
  return s(a) .. s(b)
end
V.__len = function(a) return 2 end
V.__call = function(self, k) return self[k] end
V.__tostring = function(a) return "vec(" .. a.x .. ", " .. a.y .. ")" end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a - b), a * b, tostring(2 * a), tostring(a * 3))
print(tostring(b / 2), tostring(b % 2), tostring(a ^ 2), tostring(-a))
print(a == vec(1, 2), a ~= vec(1, 2), a == b, a < b, a <= b, a > b, a >= b)
print(a .. b, a .. "!", "!" .. a, 1 .. a, a .. 1 .. 2)
print(#a, a("x"), a("y"))
print(a, b)
-- __eq only for the same kind of objects and the same metamethod.
local mt1 = {__eq = function() return true end}
local mt2 = {__eq = function() return true end}
local t1, t2, t3 = setmetatable({}, mt1), setmetatable({}, mt1), setmetatable({}, mt2)
print(t1 == t2, t1 == t3, t1 == {}, t1 ~= t2)
local mt3 = {__eq = mt1.__eq}
print(t1 == setmetatable({}, mt3))
-- __le falls back to not __lt with swapped operands.
local L = {__lt = function(a, b) return a.v < b.v end}
local l1, l2 = setmetatable({v = 1}, L), setmetatable({v = 2}, L)
print(l1 <= l2, l2 <= l1, l1 >= l2)
-- Results of metamethods are truncated or coerced to one value / boolean.
local M = {__add = function() return 1, 2 end, __lt = function() return "yes" end,
  __eq = function() return nil end, __len = function() return "len", "x" end}
local m1, m2 = setmetatable({}, M), setmetatable({}, M)
print(m1 + m2, m1 < m2, m1 == m2, #m1)
-- Metamethods on numbers and strings coercions.
print(pcall(function() return {} + 1 end))
print(pcall(function() return 1 + {} end))
print(pcall(function() return "a" + 1 end))
print(pcall(function() return {} .. "x" end))
print(pcall(function() return #5 end))
print(pcall(function() return -{} end))
print(pcall(function() return {} < 1 end))
print(pcall(function() return {} < {} end))
print(pcall(function() return "a" < 1 end))
-- __call with extra arguments, and call of a callable table in many forms.
local callable = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
print(callable(), callable(1, 2), pcall(callable, "p"))
local function tailcall() return callable("t") end
print(tailcall())
print(pcall(setmetatable({}, {__call = 42})))
-- __concat with numbers in a long chain, evaluated right to left.
local C = setmetatable({}, {__concat = function(a, b)
  local sa = type(a) == "table" and "C" or a
  local sb = type(b) == "table" and "C" or b
  return sa .. sb
end})
print(1 .. 2 .. C .. 3 .. 4, C .. C .. C)
-- __unm and __len get the operand twice / once; __index on the metatable itself is not used.
local U = setmetatable({}, {__unm = function(a, b) return rawequal(a, b) end, __len = function(a, b) return b end})
print(-U, #U)
-- tostring with __tostring returning non-strings, and __metatable.
print(tostring(setmetatable({}, {__tostring = function() return 42 end})))
print(pcall(print, setmetatable({}, {__tostring = function() return {} end})))
print(getmetatable(setmetatable({}, {__metatable = false})))
print(pcall(setmetatable, setmetatable({}, {__metatable = false}), {}))
