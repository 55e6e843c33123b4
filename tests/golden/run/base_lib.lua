-- The base library: conversions, raw access, environments, loading code, collectgarbage.
print(_VERSION, type(_G), _G._G == _G, _G.print == print)
-- tostring and tonumber.
print(tostring(12), tostring(-0.0), tostring(1e15), tostring(1e16), tostring(2^63), tostring(-2^53))
print(tostring(0.1), tostring(1/3), tostring(100.25), tostring(-1e-7), tostring(123e-310))
print(tonumber("12"), tonumber(" 12 "), tonumber("12a"), tonumber("0x1F"), tonumber("1e3"), tonumber(".5"))
print(tonumber("5."), tonumber("-0x10"), tonumber("- 1"), tonumber("1 e2"), tonumber("0x"), tonumber("1e"))
print(tonumber(""), tonumber(" "), tonumber("\t10\n"), tonumber("10\0"), tonumber(true), tonumber(nil))
print(tonumber("777", 8), tonumber("zz", 36), tonumber("ZZ", 36), tonumber("101", 2), tonumber("2", 2))
print(tonumber("7fffffff", 16), tonumber("ffffffff", 16), tonumber("100000000", 16), tonumber("-7", 10))
print(tonumber(" -ff ", 16), tonumber("+ff", 16), tonumber("1.5", 10), tonumber("1.5", 16), tonumber(15, 16))
print(tonumber("0x10", 10), tonumber("0b101"), tonumber("1E+2"), tonumber("infinity"), tonumber("-inf"))
print(tonumber(" 0x1p4 "), tonumber("0x1.8"), tonumber("1e400"), tonumber("-1e400"), tonumber("1e-400"))
-- select and unpack.
print(select("#"), select("#", nil, nil, nil), select(3, "a", "b", "c", "d"), select(-1, "a", "b"))
print(select(2.9, "a", "b", "c"), select("2", "a", "b"))
print(unpack({1, 2, 3}, 1.9), unpack({"a", "b"}, 2, 3), unpack({}, -1, 1))
local packed = {unpack({1, nil, 3})}
print(#packed)
-- Raw access bypasses metamethods.
local prox = setmetatable({}, {__index = function() return "mm" end, __newindex = function() end})
rawset(prox, "k", "v")
print(prox.other, rawget(prox, "other"), rawget(prox, "k"), rawequal(prox, prox), rawequal(1, 1.0))
-- next and pairs order on arrays, and next after clearing fields during traversal.
local seq = {"a", "b", "c"}
local k, v = next(seq)
print(k, v, next(seq, 3), next(seq, 2))
local dict = {}
for i = 1, 10 do dict[i] = i end
for k in pairs(dict) do dict[k] = nil end
print(next(dict))
-- Environments.
local function getx() return x end
x = "global x"
print(getx())
setfenv(getx, {x = "own env"})
print(getx(), getfenv(getx).x, getfenv(print) == _G, getfenv(0) == _G)
local function level1() return getfenv(1) end
setfenv(level1, {marker = true})
print(level1().marker)
local env = {print = print}
local chunk = load("y = 5; print(y, x)")
setfenv(chunk, env)
chunk()
print(env.y, y)
local function inner() return getfenv(2).tag end
local function outer() return inner() end
setfenv(outer, {tag = "outer env"})
print(outer())
-- load with strings, readers, names, modes and environments.
local parts = {"return ", "1 ", "+ ", "41"}
local i = 0
local f = load(function() i = i + 1; return parts[i] end)
print(f())
print(load("return ...")(1, 2, 3))
print(load("syntax error", "=mychunk"))
print(load("return 1", "=x", "t")(), load("return 1", "=x", "bt")())
local envt = {}
load("z = 99", "chunk", "t", envt)()
print(envt.z, z)
print(loadstring("local a, b = ... return b, a")("first", "second"))
print(pcall(load("error('inside loaded chunk')", "=loaded")))
print(pcall(load("error('inside string chunk')")))
print(load(function() return nil end))
local n = 0
print(load(function() n = n + 1; if n == 1 then return "return 'from reader'" end end)())
-- string.dump of a function loads back as bytecode.
local dumped = string.dump(function(a) return a * 2 end)
print(type(dumped), dumped:sub(1, 3) == "\27LJ", load(dumped)(21))
print(load(dumped, "d", "t"))
-- collectgarbage answers every option.
print(type(collectgarbage("count")), collectgarbage("count") > 0, collectgarbage() == 0)
print(collectgarbage("step"), collectgarbage("isrunning"), collectgarbage("stop"), collectgarbage("isrunning"))
print(collectgarbage("restart"), collectgarbage("isrunning"))
print(collectgarbage("setpause", 150), collectgarbage("setpause", 200), collectgarbage("setstepmul", 300), collectgarbage("setstepmul", 200))
print(type(gcinfo()), gcinfo() > 0)
-- newproxy.
local p1 = newproxy()
local p2 = newproxy(true)
local p3 = newproxy(p2)
print(type(p1), getmetatable(p1), type(getmetatable(p2)), getmetatable(p3) == getmetatable(p2))
getmetatable(p2).__index = function(_, key) return "proxy." .. key end
getmetatable(p2).__len = function() return 42 end
print(p3.field, #p2, p1 == p2, p2 == p2)
-- print uses tostring from the globals, and __tostring.
local T = setmetatable({}, {__tostring = function() return "T!" end})
print(T, nil, false, 1.5)
local oldts = tostring
tostring = function(v) return "<" .. oldts(v) .. ">" end
print(1, "a", T)
tostring = oldts
-- assert returns all its arguments.
print(assert(1, 2, 3))
print(select("#", assert(true, nil, nil)))
