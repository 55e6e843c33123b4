-- table_order generated program, seed 29
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
  local t = { [10] = 0, 1 }
  t[2] = 0
  t[2] = 1
  t[2] = nil
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[false] = nil
  t[10] = 7
  for k, v in pairs(t) do t[k] = v + 1 end
  t[10] = 9
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[1/5] = 11
  t[645] = 12
  t[11.75] = nil
  t[-22.25] = 14
  t[-25] = nil
  t[645] = nil
  show(t)
  t[9 * 1.1] = 18
  t[false] = 19
  t[-22.25] = 20
  show(t)
  t[-25] = 22
  t[false] = 23
  t[-25] = 24
  t[2] = 25
  show(t)
  if rawget(t, 11.75) ~= nil then steps(t, 11.75) end
  t[10] = 28
  t[-25] = 29
  t[-25] = nil
  t[645] = nil
  t[9 * 1.1] = 32
  t[692] = nil
  t[#t + 1] = 34
  t[-25] = 35
  t[#t + 1] = 36
  for k, v in pairs(t) do t[k] = v + 1 end
  t[9 * 1.1] = nil
  t[-22.25] = nil
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[476] = 0
  show(t)
  t[-32] = 2
  t[1/7] = 3
  t[-16] = nil
  t[-2^26] = 5
  t[-14] = nil
  t[-9.5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-9.5] = 9
  t[-6.5] = nil
  t[476] = nil
  tclear(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-6.5] = 16
  t[-2^26] = 17
  t[-14] = 18
  for j = 1, 2 do t[j * 2] = j end
  t[#t + 1] = 20
  t[2^49 + 7] = 21
  t[-6.5] = 22
  for j = 1, 17 do t[j * 2] = j end
  t[-6.5] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[14] = 26
  t[-2^26] = nil
  t[#t + 1] = 28
  show(t)
  show(t)
  t[23] = nil
  t[-9.5] = 32
  t[22] = 33
  for k, v in pairs(t) do t[k] = v + 1 end
  t[476] = 35
  t[24] = 36
  for j = 1, 15 do t[j * 2] = j end
  t[-14] = 38
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
