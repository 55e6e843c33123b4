-- Deleting visited keys during traversal, next() from dead keys, re-insertion
local function keys(t)
  local o = {}
  for k, v in pairs(t) do o[#o + 1] = tostring(k) .. "=" .. tostring(v) end
  return table.concat(o, " ")
end

local t = {}
for i = 1, 25 do t[i * 2.5] = i end
print(keys(t))
for k, v in pairs(t) do if v % 3 == 0 then t[k] = nil end end
print("deleted", keys(t))
for k in pairs(t) do t[k] = nil end
print("all deleted", keys(t))

-- Dead keys keep their nodes: next() continues from a key set to nil.
t = {}
for i = 1, 10 do t[i + 0.5] = i end
local k = next(t)
local seen = {}
while k ~= nil do
  seen[#seen + 1] = tostring(k)
  local nk = next(t, k)
  t[k] = nil
  k = nk
end
print("walk", table.concat(seen, " "), next(t))

-- Re-insertion: the dead key's own node, or a main position taken over.
t = {}
for i = 1, 8 do t[i * 16 + 0.5] = i end
t[16.5] = nil t[48.5] = nil
print("dead", keys(t))
t[48.5] = "back"
print("revived", keys(t))
t[1000.25] = "new" t[2000.25] = "new2"
print("new", keys(t))
for i = 1, 8 do t[i * 16 + 0.5] = nil end
for i = 1, 8 do t[-i] = i end
print("replaced", keys(t))

-- Storing nil into an absent key still takes a node (a dead key).
t = {}
t[0.5] = nil t[1.5] = 1 t[2.5] = nil t[3.5] = 3
print("nil stores", keys(t))
t[0.5] = 0 t[2.5] = 2
print("filled", keys(t))

-- Insertion during traversal of existing keys only (allowed): values change in place.
t = {}
for i = 1, 12 do t[-i * 0.5] = i end
for k, v in pairs(t) do t[k] = v * 10 end
print("updated", keys(t))

-- Many cycles of delete and re-insert, with a rehash now and then.
t = {}
for round = 1, 6 do
  for i = 1, 10 do t[round * 100 + i * 0.5] = i end
  for i = 1, 10, 2 do t[round * 100 + i * 0.5] = nil end
  print("round " .. round, keys(t))
end
