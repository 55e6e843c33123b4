-- debug.getlocal(0, n) reads getlocal's own slots before writing its results
print(debug.getlocal(0, 1))
print(debug.getlocal(0, 2))
print(debug.getlocal(0, 3))
print(pcall(debug.getlocal, 0, 1))
print(debug.getlocal(0, -1))
print(debug.setlocal(0, 1, 5))
local co = coroutine.create(function(a, b) local c = a + b coroutine.yield() end)
coroutine.resume(co, 10, 20)
print(debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2))
print(debug.getlocal(co, 1, 3))
print(pcall(debug.getlocal, co, 0, 1))
local function f(x, ...) return debug.getlocal(1, 1), debug.getlocal(1, -1) end
print(f(9, 8))
