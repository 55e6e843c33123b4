-- Calls: fixed and variable arguments, multiple results, tail calls, varargs, select.
local function id(...) return ... end
local function count(...) return select("#", ...) end
print(id(1, 2, 3))
print(count(), count(nil), count(nil, nil), count(id()), count(id(nil, nil)))
print((id(1, 2, 3)))
print(id(1, 2), id(3, 4))
print({id(1, 2, 3)}, #{id(1, 2, 3)}, #{id(1, 2, 3), 4})
local function params(a, b, c) return a, b, c end
print(params(1))
print(params(1, 2, 3, 4))
local function vfix(a, b, ...) return a, b, select("#", ...), ... end
print(vfix())
print(vfix(1))
print(vfix(1, 2, 3, 4, 5))
local function va2(...)
  local a, b = ...
  local t = {...}
  return a, b, #t, ...
end
print(va2(9, 8, 7))
local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + n) end
print(tail(100000, 0))
local function vtail(n, ...) if n == 0 then return ... end return vtail(n - 1, n, ...) end
print(vtail(5))
local function mtail(...) return id(...) end
print(mtail(1, nil, 3))
print(select(2, id(1, 2, 3)))
print(select(-2, id(1, 2, 3)))
local function many(n) if n == 0 then return end return n, many(n - 1) end
print(many(10))
print(count(many(200)))
local t = {many(5)}
print(#t, t[1], t[5])
local function nested(...) return select("#", ...), (...) end
print(nested(nil, 2))
-- Methods and self.
local obj = {n = 5}
function obj:get(x) return self.n + (x or 0) end
function obj.static(x) return x * 2 end
print(obj:get(), obj:get(10), obj.get(obj, 1), obj.static(4))
local s = "text"
print(("%d"):rep(2), s:upper(), #s:rep(3))
-- Call results adjusted in the middle of expressions.
local a, b, c = id(1, 2), 10
print(a, b, c)
local x, y = (id(5, 6))
print(x, y)
-- Recursion through upvalues and globals.
function gfact(n) if n <= 1 then return 1 end return n * gfact(n - 1) end
print(gfact(10), gfact(20))
local function lfact(n) if n <= 1 then return 1 end return n * lfact(n - 1) end
print(lfact(15))
-- Many arguments.
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do s = s + select(i, ...) end
  return s
end
print(sum(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20))
print(sum(many(100)))
-- unpack with ranges.
print(unpack({1, 2, 3}))
print(unpack({1, 2, 3}, 2))
print(unpack({1, 2, 3}, 2, 3))
print(unpack({1, 2, 3}, -1, 1))
print(unpack({}, 1, 0))
print(select("#", unpack({}, 1, 3)))
print(unpack({n = 3, 1, 2}, 1, 3))
