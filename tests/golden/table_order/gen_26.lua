-- table_order generated program, seed 26
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
  local t = tnew(4, 31)
  t[#t + 1] = 0
  show(t)
  tclear(t)
  t[-8] = nil
  t[18 * 1.1] = nil
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for j = 1, 8 do t[j * 4] = j end
  t[29] = 8
  show(t)
  t[-2^43] = 10
  t[-12] = 11
  t[11.75] = nil
  t[29] = 13
  for k, v in pairs(t) do t[k] = v + 1 end
  t[24.25] = nil
  t[#t + 1] = 16
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[0] = 18
  for k, v in pairs(t) do t[k] = v + 1 end
  t[982] = 20
  if rawget(t, 27) ~= nil then steps(t, 27) end
  t[16.25] = 22
  t[3] = nil
  t[18] = 24
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/3] = 26
  t[-21.25] = nil
  t[27] = nil
  t[0] = 29
  t[-21.25] = nil
  t[-8] = nil
  t[-2^43] = 32
  for k, v in pairs(t) do t[k] = v + 1 end
  t[10] = 34
  t[1/3] = 35
  t[11.75] = nil
  t[31] = nil
  for j = 1, 18 do t[j * 3] = j end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[18] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[29] = 42
  t[1270] = 43
  t[1/3] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [12 * 1.1] = 0, [1737] = 1, 2, 3 }
  t[15] = 0
  show(t)
  t[24.5] = 2
  if rawget(t, 5) ~= nil then steps(t, 5) end
  t[7] = 4
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-19] = 6
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[0] = nil
  if rawget(t, 23) ~= nil then steps(t, 23) end
  if rawget(t, -10) ~= nil then steps(t, -10) end
  for j = 1, 18 do t[j * 2] = j end
  t[true] = 12
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[13.5] = 14
  t[-18.25] = 15
  t[true] = nil
  t[15] = 17
  t[#t + 1] = 18
  for j = 1, 18 do t[j * 3] = j end
  t[#t + 1] = 20
  t[7 * 1.1] = 21
  t[15] = nil
  t[#t + 1] = 23
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, [-24] = 1, [1239] = 2, [224] = 3, 4 }
  t[292] = 0
  t[1/4] = 1
  t[13] = nil
  t[-2] = 3
  t[-2] = 4
  t[477] = 5
  t[15] = 6
  t[-2] = nil
  t[292] = nil
  for j = 1, 17 do t[j * 5] = j end
  t[15] = 10
  t[-2] = nil
  t[23] = 12
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/4] = nil
  t[14.5] = 15
  if rawget(t, 15) ~= nil then steps(t, 15) end
  t[-2] = nil
  t[292] = 18
  for j = 1, 4 do t[j * 1] = j end
  t[224] = 20
  for j = 1, 19 do t[j * 1] = j end
  t[15] = nil
  t[1239] = nil
  show(t)
  t[13] = 25
  show(t)
  t[5] = nil
  t[false] = nil
  t[-20] = 29
  t[#t + 1] = 30
  t[224] = nil
  t[1239] = 32
  t[-24] = 33
  t[#t + 1] = 34
  t[1239] = 35
  t[false] = 36
  t[15] = nil
  t[292] = nil
  t[-20] = 39
  t[-24] = 40
  t[5] = 41
  t[1/4] = 42
  t[5] = 43
  show(t)
  t[-2] = 45
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[1239] = 47
  t[#t + 1] = 48
  t[-2] = 49
  t[23] = nil
  show(t)
  show(t)
  t[-24] = nil
  t[5] = nil
  t[#t + 1] = 55
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[15] = nil
  t[19] = 58
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
