-- table_order generated program, seed 25
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
  local t = tnew(1, 31)
  t[false] = nil
  t[502] = 1
  t[146] = 2
  t[#t + 1] = 3
  t[-8.5] = 4
  t[905] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^55] = nil
  t[-2^55] = nil
  t[2^51 + 0] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-2^55] = 11
  for k, v in pairs(t) do t[k] = v + 1 end
  t[40] = 13
  t[5] = 14
  t[-23.5] = nil
  if rawget(t, -38) ~= nil then steps(t, -38) end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[146] = 18
  t[12] = 19
  t[9.5] = 20
  if rawget(t, 2^35 + 0) ~= nil then steps(t, 2^35 + 0) end
  t[8.75] = nil
  t[2^35 + 0] = nil
  t[-2^55] = 24
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(3, 2)
  t[1/3] = 0
  for j = 1, 14 do t[j * 2] = j end
  t[-2^23] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1762] = nil
  t[2^34 + 0] = 5
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 7
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[18] = 9
  t[1152] = 10
  t[-2^23] = 11
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(8, 2)
  t[920] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for j = 1, 9 do t[j * 4] = j end
  t[#t + 1] = 3
  t[-2] = 4
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
