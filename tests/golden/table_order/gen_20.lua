-- table_order generated program, seed 20
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
  local t = { [1922] = 0, 1, [13] = 2, [7] = 3, 4, [14] = 5, [2^40 + 6] = 6, [14] = 7 }
  for k, v in pairs(t) do t[k] = v + 1 end
  t[18] = 1
  t[384] = 2
  t[#t + 1] = 3
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  if rawget(t, 18) ~= nil then steps(t, 18) end
  t[10] = nil
  t[#t + 1] = 7
  if rawget(t, 10) ~= nil then steps(t, 10) end
  t[1835] = 9
  t[7] = 10
  t[23] = 11
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 17 do t[j * 2] = j end
  t[4] = 14
  t[2^40 + 6] = 15
  t[1922] = 16
  t[10] = nil
  t[27 * 1.1] = 18
  t[1922] = 19
  t[-7] = 20
  t[14] = nil
  t[27 * 1.1] = 22
  t[18] = 23
  t[1835] = 24
  t[1835] = 25
  t[2^40 + 6] = 26
  t[14] = 27
  t[384] = 28
  t[10] = 29
  t[10] = 30
  t[14] = 31
  t[17.75] = nil
  t[7] = nil
  show(t)
  show(t)
  t[23] = 36
  t[13] = 37
  t[1922] = 38
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-2^31] = 0 }
  t[#t + 1] = 0
  t[2^49 + 7] = 1
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  t[2^43 + 1] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^49 + 7] = nil
  if rawget(t, 22) ~= nil then steps(t, 22) end
  if rawget(t, 856) ~= nil then steps(t, 856) end
  t[-10] = 10
  for j = 1, 6 do t[j * 1] = j end
  t[-2^11] = 12
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[186] = nil
  if rawget(t, 34) ~= nil then steps(t, 34) end
  t[10] = 20
  t[856] = 21
  t[-24] = 22
  t[-10] = 23
  t[false] = 24
  t[2^49 + 7] = nil
  t[#t + 1] = 26
  t[-24] = 27
  t[-13.5] = 28
  t[-13.5] = nil
  show(t)
  t[-2^11] = 31
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(7, 20)
  t[401] = 0
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[1] = 5
  show(t)
  t[true] = 7
  t[15] = 8
  t[401] = nil
  for j = 1, 15 do t[j * 5] = j end
  t[-2^53] = nil
  t[29 * 1.1] = nil
  t[65] = 13
  t[34] = nil
  t[53] = nil
  t[#t + 1] = 16
  t[18 * 1.1] = 17
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[910] = nil
  t[1/6] = 22
  if rawget(t, 11) ~= nil then steps(t, 11) end
  t[11] = 24
  t[36] = 25
  t[18 * 1.1] = nil
  t[-4] = 27
  t[18] = 28
  t[1439] = 29
  t[18] = nil
  t[18] = 31
  t[11] = nil
  t[-4] = 33
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(2, 16)
  t[1/5] = nil
  t[28] = 1
  t[1251] = 2
  t[25] = 3
  t[11] = 4
  t[-6] = 5
  t[1824] = 6
  t[#t + 1] = 7
  t[1824] = 8
  show(t)
  if rawget(t, 24) ~= nil then steps(t, 24) end
  t[-13] = 11
  show(t)
  t[#t + 1] = 13
  t[#t + 1] = 14
  t[1229] = nil
  t[24] = nil
  if rawget(t, -1.5) ~= nil then steps(t, -1.5) end
  t[#t + 1] = 18
  if rawget(t, 6) ~= nil then steps(t, 6) end
  t[12] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
