-- Stack overflow happens at the depth luajit reaches, for fixed-argument, vararg and
-- metamethod recursion, and is catchable.
local d = 0
local function f(n) d = n; return f(n + 1) + 1 end
print(pcall(f, 1))
print(d)
local d2 = 0
local function g(a, b, c, e, h, i, j) d2 = d2 + 1; local x, y, z = 1, 2, 3; return g(a, b, c) + x end
print(pcall(g))
print(d2 > 5000 and d2 < 5500)
local d3 = 0
local function h(...) d3 = d3 + 1; return h(1, ...) end
print(pcall(h))
print(d3)
local d4 = 0
local t = setmetatable({}, {__index = function(t, k) d4 = d4 + 1; return t[k + 1] end})
print(pcall(function() return t[1] end))
print(d4 > 9000 and d4 < 9500)
local d5 = 0
local co = coroutine.wrap(function() local function r() d5 = d5 + 1; return 1 + r() end return pcall(r) end)
print(co())
print(d5 > 32000 and d5 < 33000)
-- After an overflow the stack is usable again.
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
print(pcall(f, 1))
print(d > 21000)
