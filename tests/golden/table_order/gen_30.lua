-- table_order generated program, seed 30
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
  local t = tnew(4, 14)
  t[30] = 0
  t[-29] = 1
  t[18] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 4
  t[true] = 5
  t[1] = 6
  t[1/3] = nil
  t[28] = nil
  t[1/3] = 9
  t[37] = nil
  show(t)
  t[#t + 1] = 12
  t[24] = 13
  tclear(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  t[-2^8] = 17
  t[-2^32] = 18
  show(t)
  t[-29] = 20
  t[#t + 1] = 21
  if rawget(t, 28) ~= nil then steps(t, 28) end
  t[2^40 + 6] = nil
  t[988] = 24
  t[23] = 25
  t[24] = 26
  t[988] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[364] = 30
  t[18] = 31
  t[14.5] = nil
  t[988] = 33
  t[32] = 34
  t[35] = nil
  show(t)
  tclear(t)
  show(t)
  t[364] = 39
  t[1] = 40
  show(t)
  t[-44] = 42
  if rawget(t, -2^8) ~= nil then steps(t, -2^8) end
  t[-2^28] = 44
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[35] = nil
  t[#t + 1] = 48
  t[-44] = nil
  t[28] = 50
  t[13] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(6, 36)
  t[5.75] = nil
  t[-18] = 1
  t[#t + 1] = 2
  show(t)
  t[false] = 4
  t[5.75] = 5
  t[false] = 6
  t[26 * 1.1] = 7
  t[-4] = 8
  for j = 1, 14 do t[j * 1] = j end
  t[16.75] = 10
  t[14] = 11
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[26 * 1.1] = nil
  t[5.75] = nil
  t[14] = 16
  t[26 * 1.1] = 17
  t[26 * 1.1] = nil
  t[-5.75] = nil
  t[#t + 1] = 20
  t[false] = 21
  t[14] = 22
  t[false] = 23
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  tclear(t)
  t[26 * 1.1] = 26
  t[26 * 1.1] = 27
  t[5.75] = 28
  t[#t + 1] = 29
  t[false] = 30
  for k, v in pairs(t) do t[k] = v + 1 end
  t[26 * 1.1] = 32
  for k, v in pairs(t) do t[k] = v + 1 end
  t[26 * 1.1] = 34
  t[false] = 35
  t[14] = 36
  t[16.75] = 37
  t[16.75] = 38
  t[5] = nil
  t[16.75] = 40
  t[-4] = nil
  t[-4] = 42
  for j = 1, 3 do t[j * 4] = j end
  t[26 * 1.1] = 44
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(4, 31)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 1
  t[400] = 2
  t[-24.75] = 3
  t[39] = 4
  show(t)
  for j = 1, 5 do t[j * 3] = j end
  t[19 * 1.1] = 7
  t[9] = 8
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 1057) ~= nil then steps(t, 1057) end
  t[9] = nil
  if rawget(t, 22) ~= nil then steps(t, 22) end
  t[-42] = 14
  t[false] = 15
  t[1075] = 16
  t[-17.75] = 17
  for k, v in pairs(t) do t[k] = v + 1 end
  t[15] = 19
  t[1057] = nil
  t[15] = 21
  t[20] = 22
  t[5] = 23
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/8] = nil
  t[531] = 26
  t[1/2] = 27
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(6, 38)
  t[#t + 1] = 0
  t[19] = nil
  t[2^43 + 1] = 2
  if rawget(t, 29) ~= nil then steps(t, 29) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[23] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^43 + 5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
