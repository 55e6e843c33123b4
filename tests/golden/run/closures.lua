-- Closures and upvalues: sharing, closing on loop iterations, nested levels.
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
inc(); inc()
print(get(), inc(), get())
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
local j = 1
while j <= 3 do local k = j; gs[j] = function() k = k + 10; return k end; j = j + 1 end
print(gs[1](), gs[1](), gs[2](), gs[3]())
local hs = {}
for k, v in pairs({a = 1}) do hs[1] = function() return k, v end end
print(hs[1]())
local function outer()
  local x = 1
  local function mid()
    local y = 2
    local function inner() x = x + 1; y = y + 1; return x + y end
    return inner
  end
  return mid(), function() return x end
end
local inner, getx = outer()
print(inner(), inner(), getx())
local shared
do
  local v = "v1"
  shared = {function() return v end, function(n) v = n end}
end
shared[2]("v2")
print(shared[1]())
-- Upvalue assigned constants of each kind.
local u1, u2, u3, u4
local function setall() u1 = "s"; u2 = 2.5; u3 = true; u4 = nil end
u4 = 1
setall()
print(u1, u2, u3, u4)
-- Closures created in a loop with break and goto.
local cl = {}
for i = 1, 10 do
  local sq = i * i
  cl[#cl + 1] = function() return sq end
  if i == 3 then break end
end
print(#cl, cl[1](), cl[3]())
local r = {}
do
  local i = 1
  ::top::
  local c = i
  r[#r + 1] = function() return c end
  i = i + 1
  if i <= 3 then goto top end
end
print(r[1](), r[2](), r[3]())
-- Recursive local function and mutual recursion.
local isodd
local function iseven(n) if n == 0 then return true end return isodd(n - 1) end
function isodd(n) if n == 0 then return false end return iseven(n - 1) end
print(iseven(10), isodd(7), iseven(7))
-- Functions as values.
local compose = function(f, g) return function(...) return f(g(...)) end end
local add1 = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(add1, dbl)(5), compose(dbl, add1)(5))
