-- Traversal order while hash parts grow through rehashes and shrink again
local function keys(t)
  local o = {}
  for k in pairs(t) do o[#o + 1] = tostring(k) end
  return table.concat(o, " ")
end

local t = {}
for i = 1, 70 do
  t[i * 0.75] = i
  if i == 1 or i == 2 or i == 3 or i == 5 or i == 9 or i == 17 or i == 33 or i == 65 then
    print(i, #t, keys(t))
  end
end

-- Integer keys that move between the array part and the hash part.
t = {}
for i = 20, 1, -1 do t[i] = i; if i % 4 == 0 then print("down " .. i, #t, keys(t)) end end
for i = 1, 20, 3 do t[i] = nil end
t[100] = 1 t[200] = 2 t[300] = 3 t[400] = 4 t[500] = 5 t[600] = 6
print("holes", #t, keys(t))
for i = 1, 20 do t[i] = nil end
for i = 1000, 1040 do t[i] = i end
print("moved", #t, keys(t))

-- A hash part emptied by deletions and refilled: the rehash drops the dead keys.
t = {}
for i = 1, 16 do t[-i] = i end
for i = 1, 16 do t[-i] = nil end
print("empty", keys(t), next(t))
for i = 1, 5 do t[i + 0.5] = i end
print("refill", keys(t))
for i = 1, 40 do t[-i * 3] = i end
print("refill2", keys(t))

-- Array part growing past hash entries.
t = { [5] = 5, [6] = 6, [7] = 7, [-1] = -1 }
print("before", #t, keys(t))
for i = 1, 4 do t[i] = i end
print("after", #t, keys(t))
t[8] = 8 t[9] = 9
print("after2", #t, keys(t))
