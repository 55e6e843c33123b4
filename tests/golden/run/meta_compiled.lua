-- Metamethods called from hot (compiled) code: results, branches, errors, yields, and
-- string coercion in arithmetic.
local log = {}
local V = {}
V.__index = function(t, k) return k .. "?" end
V.__newindex = function(t, k, v) rawset(t, k, v * 2) end
V.__add = function(a, b) return "add" end
V.__sub = function(a, b) return 100 end
V.__unm = function(a) return "neg" end
V.__len = function(a) return 7 end
V.__concat = function(a, b)
  return (type(a) == "table" and "V" or a) .. "+" .. (type(b) == "table" and "V" or b)
end
V.__eq = function(a, b) return a.id == b.id end
V.__lt = function(a, b) return a.id < b.id end
V.__le = function(a, b) return a.id <= b.id end
local function new(id) local o = setmetatable({}, V) rawset(o, "id", id) return o end
local x, y, z = new(1), new(2), new(1)
local s = 0
for i = 1, 200 do
  local r = { x.foo, x + 1, x - y, -x, #x, "a" .. x .. "b" .. y, x == z, x ~= y, x < y, y <= x, x > y }
  x.w = i
  if x < y then s = s + 1 end
  if x == z then s = s + 1 end
  if not (y <= x) then s = s + 1 end
  if i == 1 or i == 200 then
    print(r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], rawget(x, "w"))
  end
end
print(s)
-- String arithmetic coerces, also in compiled code.
local t = 0
for i = 1, 200 do t = t + ("10" + i) * "2" - ("0x10" % 7) end
print(t, "3" ^ "2", -"2", 10 .. 20)
-- Errors from metamethods and from failed coercions in hot loops.
for i = 1, 100 do
  local ok, e = pcall(function() return x + nil end)
  local ok2, e2 = pcall(function() return {} < {} end)
  local ok3, e3 = pcall(function() return "a" + 1 end)
  local ok4, e4 = pcall(function() local q = setmetatable({}, { __index = function() error("deep") end }) return q.z end)
  if i == 100 then print(ok, e, ok2, e2, ok3, e3, ok4, e4) end
end
-- Metamethods that yield, inside hot loops of a coroutine.
local Y = setmetatable({}, {
  __index = function(t, k) return coroutine.yield(k) end,
  __add = function(a, b) return coroutine.yield("add") + 1 end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __concat = function(a, b) return coroutine.yield("cat") end,
})
local co = coroutine.wrap(function()
  local n = 0
  for i = 1, 100 do
    n = n + Y.k + (Y + 1)
    if Y < Y then n = n + 1000 end
    local c = "x" .. Y .. "y"
    n = n + #c
  end
  return "done", n
end)
local steps, last = 0, nil
local v = co()
while v ~= "done" do
  steps = steps + 1
  if v == "k" then v = co(1) elseif v == "add" then v = co(2) elseif v == "lt" then v = co(steps % 2 == 0)
  elseif v == "cat" then v = co("zz") else break end
end
print(steps)
-- __index chains that end in functions, and rawequal in between.
local base = setmetatable({}, { __index = function(t, k) return k * 2 end })
local mid = setmetatable({}, { __index = base })
local top = setmetatable({}, { __index = mid })
local sum = 0
for i = 1, 300 do sum = sum + top[i] end
print(sum)
