-- Natives that call back into Lua nest without a fixed limit (LuaJIT has no "C stack
-- overflow"): 500 nested gsub and sort callbacks work. Unbounded recursion through them
-- ends in a catchable "stack overflow", after which the program goes on.
local function g(n)
  if n == 0 then return "x" end
  return (string.gsub("a", "a", function() return g(n - 1) end))
end
print(pcall(g, 500))

local function s(n)
  if n == 0 then return "sorted" end
  local r
  table.sort({2, 1}, function(a, b) r = s(n - 1) return a < b end)
  return r
end
print(pcall(s, 500))

local depth = 0
local function srt()
  depth = depth + 1
  table.sort({2, 1}, function(a, b) srt() return a < b end)
end
print(pcall(srt))
print(depth > 500)

-- pcall nests as deep as the Lua stack allows.
depth = 0
local function pc() depth = depth + 1; return pcall(pc) end
print(select('#', pc()) > 0, depth > 30000)

-- __concat and __index functions recurse on the Lua stack.
depth = 0
local cc = setmetatable({}, {__concat = function(a, b) depth = depth + 1; return a .. b end})
print((pcall(function() return cc .. "x" end)), depth > 10000)
depth = 0
local mt = {}
mt.__index = function(o, k) depth = depth + 1; return setmetatable({}, mt)[k] end
print(pcall(function() return setmetatable({}, mt).x end))
print(depth > 6000)

-- Still usable afterwards.
print(pcall(g, 10))
print(select(2, pcall(string.rep, "ab", 3)))
