-- table_order generated program, seed 14
local tnew, tclear = require("table.new"), require("table.clear")
local function show(t)
  local o = {}
  for k, v in pairs(t) do o[#o + 1] = tostring(k) .. "=" .. tostring(v) end
  print(#t, table.concat(o, " "))
end
local function steps(t, k)
  local o = {}
  for _ = 1, 6 do
    k = next(t, k)
    if k == nil then break end
    o[#o + 1] = tostring(k)
  end
  print("next", table.concat(o, " "))
end
local function f(x) return x end

do
  local t = tnew(7, 31)
  t[18] = 0
  t[-17] = nil
  t[1905] = 2
  t[1864] = 3
  t[1864] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[20.5] = 7
  t[20.5] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[38] = 10
  for j = 1, 12 do t[j * 1] = j end
  t[20.5] = 12
  t[20] = nil
  t[-17] = nil
  tclear(t)
  t[1905] = nil
  for j = 1, 7 do t[j * 3] = j end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [true] = 0, [0] = 1, [2^31 + 1] = 2, 3 }
  t[12] = 0
  if rawget(t, 28) ~= nil then steps(t, 28) end
  t[-2^10] = nil
  t[-2^10] = nil
  t[12] = 4
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [1834] = 0, [2^41 + 4] = 1, 2, [28] = 3, [28] = 4 }
  t[-24] = 0
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  t[1964] = nil
  for j = 1, 10 do t[j * 3] = j end
  t[28] = 5
  show(t)
  t[-24] = nil
  t[6] = 8
  t[true] = 9
  t[28] = 10
  t[28] = nil
  t[2^41 + 4] = 12
  t[1834] = 13
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^41 + 4] = 18
  t[6] = 19
  t[-21] = 20
  t[7] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-21] = 23
  t[#t + 1] = 24
  t[1834] = 25
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1 * 1.1] = nil
  t[28] = nil
  t[2^48 + 0] = 29
  for j = 1, 5 do t[j * 2] = j end
  t[#t + 1] = 31
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
