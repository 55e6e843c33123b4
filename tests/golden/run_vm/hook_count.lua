-- Count hooks count the hooked program's instructions only, not the hook's own.
local n = 0
local function h(e) n = n + 1 end
debug.sethook(h, "", 1)
local a = 1
a = a + 1
debug.sethook()
print(n)
n = 0
debug.sethook(h, "", 1)
local t = {tostring(1), type(2), ("x"):rep(2)}
debug.sethook()
print(n)
n = 0
debug.sethook(h, "", 1)
for i = 1, 3 do a = i end
debug.sethook()
print(n)
n = 0
local co = coroutine.wrap(function(x) local y = coroutine.yield(x) return y end)
debug.sethook(h, "", 1)
co(1) co(2)
debug.sethook()
print(n)
n = 0
debug.sethook(h, "", 1)
pcall(error, "x")
debug.sethook()
print(n)
n = 0
debug.sethook(h, "", 2)
table.sort({3, 2, 1}, function(a, b) return a < b end)
debug.sethook()
print(n)

local C = 0
local function hk() C = C + 1 end
local function f(...) local s = 0 for i = 1, select('#', ...) do s = s + select(i, ...) end return s end
for r = 1, 3 do
  C = 0
  debug.sethook(hk, "", 7)
  for i = 1, 10 do f(1, 2, 3) end
  debug.sethook()
  io.write(C, " ")
end
print()
