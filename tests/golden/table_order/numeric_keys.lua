-- pairs() order over hash parts with number and boolean keys (luajit's node layout)
local function keys(t)
  local o = {}
  for k, v in pairs(t) do o[#o + 1] = tostring(k) .. "=" .. tostring(v) end
  return table.concat(o, " ")
end

local t = {}
for i = 1, 30 do t[i * i] = i end
print("squares", keys(t))

t = {}
for i = 1, 20 do t[i * 1.5] = i end
print("halves", keys(t))

t = {}
t[1.5] = 1 t[-1] = 2 t[0] = 3 t[1] = 4 t[2^40] = 5 t[3] = 6 t[true] = 7
print("mixed", keys(t))

t = {}
for i = -20, 0 do t[i] = i end
print("negative", keys(t))

t = {}
for i = 0, 15 do t[2^(i * 4)] = i; t[-2^(i * 4)] = -i end
print("powers", keys(t))

t = { [true] = 1, [false] = 2 }
print("booleans", keys(t))
t = {} t[false] = 1 t[true] = 2 t[0.5] = 3
print("booleans2", keys(t))

t = {}
t[math.huge] = 1 t[-math.huge] = 2 t[2^53] = 3 t[2^53 + 2] = 4 t[-2^63] = 5 t[1e300] = 6
t[5e-324] = 7 t[-0.0] = 8 t[0.1] = 9 t[0.2] = 10 t[0.30000000000000004] = 11
print("extremes", keys(t))
print("minus zero", t[0], t[-0.0])

-- Sparse integer keys that never reach the array part.
t = {}
for i = 1, 40 do t[i * 1000 + i % 7] = i end
print("sparse", keys(t))

-- Keys whose main positions collide in small tables.
for n = 1, 12 do
  t = {}
  for i = 1, n do t[i * 64 + 0.25] = i end
  print("collide " .. n, keys(t))
end

-- The same keys inserted in different orders give different layouts.
local ks = { 2.5, 7.25, -3, 100, 1e10, 0.125, true, 33, -7.5 }
for r = 1, 4 do
  t = {}
  for i = 1, #ks do
    local j = (i * r) % #ks + 1
    t[ks[j]] = j
  end
  print("order " .. r, keys(t))
end
