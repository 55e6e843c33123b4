-- table.new and table.clear: preallocated hash parts and cleared ones
local tnew, tclear = require("table.new"), require("table.clear")
local function keys(t)
  local o = {}
  for k, v in pairs(t) do o[#o + 1] = tostring(k) .. "=" .. tostring(v) end
  return table.concat(o, " ")
end

for _, nh in ipairs({ 0, 1, 2, 3, 4, 5, 8, 9, 17, 34, 100 }) do
  local t = tnew(4, nh)
  for i = 1, 12 do t[i * 1.25] = i end
  print("new(4, " .. nh .. ")", #t, keys(t))
end

local t = tnew(0, 16)
for i = 1, 10 do t[-i] = i end
print("before", keys(t))
tclear(t)
print("cleared", keys(t), next(t))
for i = 10, 1, -1 do t[-i] = i end
print("after", keys(t))
tclear(t)
for i = 1, 40 do t[i + 0.5] = i end
print("grown", keys(t))

t = { 1, 2, 3, [10] = 10, [20] = 20 }
tclear(t)
t[20] = 1 t[10] = 2 t[1] = 3 t[2.5] = 4
print("template cleared", #t, keys(t))
