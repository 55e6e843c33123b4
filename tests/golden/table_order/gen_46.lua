-- table_order generated program, seed 46
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
  local t = { [-9] = 0, 1 }
  if rawget(t, -24.75) ~= nil then steps(t, -24.75) end
  t[5.5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1491] = 3
  t[false] = 4
  t[-11] = nil
  t[1/2] = nil
  for j = 1, 4 do t[j * 1] = j end
  t[-25] = nil
  t[#t + 1] = 9
  t[30] = nil
  t[-24.75] = nil
  t[-24.75] = nil
  t[-2^16] = 13
  t[-7] = 14
  t[1005] = 15
  t[#t + 1] = 16
  t[-9] = nil
  for j = 1, 10 do t[j * 5] = j end
  for j = 1, 20 do t[j * 2] = j end
  t[28] = nil
  t[-25] = nil
  t[1979] = 22
  t[1/8] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[22] = 25
  t[24 * 1.1] = 26
  t[1/6] = 27
  t[12] = 28
  t[-7] = 29
  t[20] = 30
  if rawget(t, -11) ~= nil then steps(t, -11) end
  if rawget(t, -11) ~= nil then steps(t, -11) end
  t[5.5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1491] = 35
  t[1/2] = nil
  t[23 * 1.1] = 37
  t[5.5] = 38
  t[-23.75] = nil
  t[25] = 40
  for j = 1, 18 do t[j * 1] = j end
  t[1/8] = nil
  t[-11] = 43
  t[#t + 1] = 44
  for k, v in pairs(t) do t[k] = v + 1 end
  t[false] = nil
  t[#t + 1] = 47
  show(t)
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[22.75] = 50
  t[15 * 1.1] = 51
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, -4.25) ~= nil then steps(t, -4.25) end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[22 * 1.1] = 0
  t[875] = 1
  t[2^41 + 3] = 2
  if rawget(t, 2^48 + 2) ~= nil then steps(t, 2^48 + 2) end
  t[875] = nil
  t[2^41 + 3] = nil
  t[2^41 + 3] = 6
  if rawget(t, 2^48 + 2) ~= nil then steps(t, 2^48 + 2) end
  t[2^48 + 2] = 8
  t[875] = 9
  show(t)
  if rawget(t, 2^48 + 2) ~= nil then steps(t, 2^48 + 2) end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^48 + 2] = 14
  t[105] = nil
  if rawget(t, 22 * 1.1) ~= nil then steps(t, 22 * 1.1) end
  t[2^41 + 3] = nil
  t[875] = 18
  t[2^41 + 3] = nil
  t[22 * 1.1] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^48 + 2] = 22
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
