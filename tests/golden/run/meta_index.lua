-- __index and __newindex: tables and functions, chains, rawget/rawset, inheritance.
local base = {greet = function(self) return "hi " .. self.name end, kind = "base"}
local obj = setmetatable({name = "obj"}, {__index = base})
print(obj:greet(), obj.kind, obj.missing, rawget(obj, "kind"))
local chain = setmetatable({}, {__index = setmetatable({}, {__index = setmetatable({}, {__index = {deep = 1}})})})
print(chain.deep, chain.none)
local calls = 0
local fidx = setmetatable({}, {__index = function(t, k) calls = calls + 1; return tostring(k) .. "!" end})
print(fidx.a, fidx[1], fidx[true], calls)
fidx.a = "set"
print(fidx.a, calls)
local log = {}
local store = {}
local proxy = setmetatable({}, {
  __index = function(t, k) return store[k] end,
  __newindex = function(t, k, v) log[#log + 1] = k; store[k] = v end,
})
proxy.x = 1
proxy.y = 2
proxy.x = 3
print(proxy.x, proxy.y, rawget(proxy, "x"), #log, log[1], log[3])
local target = {}
local redirect = setmetatable({}, {__newindex = target})
redirect.a = 10
print(rawget(redirect, "a"), target.a)
local existing = setmetatable({a = 1}, {__newindex = function() error("should not run") end})
existing.a = 2
print(existing.a)
rawset(existing, "b", 3)
print(existing.b)
-- Inheritance with methods and super calls.
local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound) return setmetatable({name = name, sound = sound}, Animal) end
function Animal:speak() return self.name .. " says " .. self.sound end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name) local d = Animal.new(name, "woof"); return setmetatable(d, Dog) end
function Dog:speak() return Animal.speak(self) .. "!" end
function Dog:fetch() return self.name .. " fetches" end
local d = Dog.new("rex")
print(d:speak(), d:fetch(), getmetatable(d) == Dog)
-- __index on the environment (global access) and numeric keys.
local env = setmetatable({}, {__index = _G})
local f = setfenv(function() return print ~= nil, undefinedglobal end, env)
print(f())
local arr = setmetatable({}, {__index = function(t, i) return i * i end})
print(arr[3], arr[10], #arr)
-- __index chain loop detection.
local loop = setmetatable({}, {})
getmetatable(loop).__index = loop
print(pcall(function() return loop.x end))
local nloop = setmetatable({}, {})
getmetatable(nloop).__newindex = nloop
print(pcall(function() nloop.x = 1 end))
-- __index/__newindex on non-table values through the string metatable and userdata.
local u = newproxy(true)
getmetatable(u).__index = function(_, k) return "u." .. k end
getmetatable(u).__newindex = function(_, k, v) print("set", k, v) end
print(u.field)
u.other = 5
print(pcall(function() local n = nil; return n.x end))
print(pcall(function() local b = true; b.x = 1 end))
