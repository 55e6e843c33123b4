-- table_order generated program, seed 15
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
  local t = { 0 }
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[4] = nil
  t[893] = 4
  if rawget(t, 102) ~= nil then steps(t, 102) end
  t[623] = 6
  for j = 1, 20 do t[j * 3] = j end
  t[-7] = 8
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(9, 15)
  t[1/2] = 0
  t[3] = 1
  t[1035] = nil
  t[29] = 3
  for j = 1, 6 do t[j * 4] = j end
  t[1040] = 5
  t[29] = 6
  show(t)
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/2] = 10
  t[29] = nil
  t[1603] = 12
  t[20 * 1.1] = 13
  t[1890] = nil
  t[1040] = 15
  for j = 1, 17 do t[j * 5] = j end
  t[1/2] = 17
  t[1040] = 18
  t[3.75] = nil
  t[-2^48] = 20
  tclear(t)
  t[20 * 1.1] = 22
  t[1040] = 23
  t[29] = 24
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
