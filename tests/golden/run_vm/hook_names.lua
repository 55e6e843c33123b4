-- A hook function, and an xpcall handler, are named after the instruction of the Lua
-- frame they interrupt (LuaJIT's debug_funcname): a metamethod for indexing, arithmetic,
-- lengths, comparisons, ...; the callee's name for a call; nothing for other instructions.
local names = {}
local function hook()
  local ar = debug.getinfo(1, "n")
  names[#names + 1] = tostring(ar.namewhat) .. ":" .. tostring(ar.name)
end
local t = setmetatable({}, {__index = function() return 1 end})
local u = {1, 2}
local function f(x) return x end
g = 5
debug.sethook(hook, "l")
local y = t.x
local z = f(1)
z = z + 1
z = #u
z = g
u[3] = 3
z = -z
z = z .. "s"
if z == "s" then z = 1 end
if u[1] < 2 then z = 2 end
z = f(
  2)
debug.sethook()
for i = 1, #names do print(i, names[i]) end

local function h(m)
  local ar = debug.getinfo(1, "n")
  return m .. " | " .. tostring(ar.namewhat) .. ":" .. tostring(ar.name)
end
print(xpcall(function() local x = nil + 1 end, h))
print(xpcall(function() foo() end, h))
print(xpcall(function() local q = {} q.x.y = 1 end, h))
print(xpcall(function() local q = {} return q < q end, h))
print(xpcall(function() local q return #q end, h))
print(xpcall(function() error("e") end, h))
print(xpcall(function() local q = {} q:nomethod() end, h))
