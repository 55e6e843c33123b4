-- string.buffer encodes hash parts node by node from the last node to the first, and
-- decoding inserts into a table presized for the entries: with number and boolean keys
-- both orders are LuaJIT's own.
local buffer = require("string.buffer")

local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end

local function keys(t)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = tostring(k) end
  return table.concat(ks, " ")
end

local cases = {}
local function case(name, t) cases[#cases + 1] = { name, t } end

local t = {}
for i = 1, 12 do t[i * 7] = i end
t[1.5] = true
t[true] = false
case("multiples of 7, a float, a boolean", t)

t = {}
for i = 1, 30 do t[i * i] = i end
case("squares", t)

t = { 1, 2, 3 }
for i = -5, 5 do t[i + 0.25] = i end
case("array and quarter keys", t)

t = {}
for i = 1, 40 do t[i * 3] = i end
for i = 1, 40, 2 do t[i * 3] = nil end
case("after deletions", t)

t = {}
t[2 ^ 40] = 1 t[-2 ^ 40] = 2 t[2 ^ 53] = 3 t[-0.5] = 4 t[1e300] = 5 t[false] = 6
case("huge and negative keys", t)

t = {}
for i = 1, 5 do t[i] = i end
t[100] = 100 t[1000] = 1000 t[3] = nil
case("mixed array part", t)

t = { [10] = 1, [20] = 2, [30] = 3, [40.5] = 4 }
case("template", t)

for _, c in ipairs(cases) do
  local s = buffer.encode(c[2])
  print(c[1])
  print("  " .. hex(s))
  print("  " .. keys(c[2]))
  print("  " .. keys(buffer.decode(s)))
end
