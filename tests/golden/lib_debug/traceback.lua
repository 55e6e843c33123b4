-- debug.traceback formats and levels, from Lua, C and coroutines.
local function lvl3() return debug.traceback("msg", 1) end
local function lvl2() return lvl3() end
local function lvl1() return lvl2() end
print(lvl1())
print(debug.traceback())
print(debug.traceback("top", 2))
print(debug.traceback(nil))
print(debug.traceback(42), debug.traceback({}) ~= nil, type(debug.traceback(print)))
print(debug.traceback("x", 50))
print(debug.traceback("", 1))
local co = coroutine.create(function() local x = 1 coroutine.yield() error("in co") end)
coroutine.resume(co)
print(debug.traceback(co))
print(debug.traceback(co, "comsg"))
print(debug.traceback(co, "lvl", 1))
print(coroutine.resume(co))
print(debug.traceback(co))
print(xpcall(function() local t = nil; return t.x end, debug.traceback))
print(xpcall(function() error("plain") end, debug.traceback))
print(xpcall(function() error({}) end, debug.traceback))
print(select(2, pcall(string.rep)))
local function rec(n) if n == 0 then return debug.traceback("deep") end return rec(n - 1) end
print(rec(30))
print(pcall(debug.traceback, "a", "b"))
