-- table_order generated program, seed 38
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
  local t = { [1742] = f(0), [2^38 + 3] = f(1), 2, f(3), [39] = 4, [39] = f(5), 6, [0] = 7, [1077] = f(8), 9 }
  t[#t + 1] = 0
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-41] = nil
  t[1774] = nil
  for j = 1, 3 do t[j * 5] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[false] = nil
  t[23.25] = nil
  t[21.75] = 8
  t[23] = 9
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  for j = 1, 1 do t[j * 2] = j end
  t[#t + 1] = 1
  t[-33] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[1440] = 4
  t[34] = 5
  t[-41] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[2 * 1.1] = nil
  t[2^36 + 0] = 9
  t[#t + 1] = 10
  show(t)
  t[false] = nil
  t[1/5] = 13
  t[2^36 + 0] = 14
  t[-33] = nil
  t[5] = 16
  t[16 * 1.1] = nil
  t[-36] = 18
  t[2^36 + 0] = 19
  t[23 * 1.1] = nil
  t[11.5] = 21
  t[746] = 22
  t[627] = 23
  if rawget(t, 29 * 1.1) ~= nil then steps(t, 29 * 1.1) end
  if rawget(t, -29) ~= nil then steps(t, -29) end
  t[1/5] = 26
  t[16 * 1.1] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(3, 12)
  t[4] = 0
  t[1/7] = nil
  t[-30] = 2
  t[2 * 1.1] = 3
  t[2 * 1.1] = nil
  t[-30] = nil
  t[12] = nil
  t[521] = 7
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/7] = 9
  t[2^32 + 5] = 10
  t[4] = 11
  for k, v in pairs(t) do t[k] = v + 1 end
  t[4] = 13
  t[15] = 14
  t[2 * 1.1] = 15
  for k, v in pairs(t) do t[k] = v + 1 end
  t[521] = nil
  t[15] = 18
  t[521] = 19
  t[12] = nil
  t[4] = 21
  t[-30] = nil
  t[430] = 23
  for k, v in pairs(t) do t[k] = v + 1 end
  t[12] = 25
  t[430] = 26
  t[15] = 27
  t[2 * 1.1] = nil
  t[4] = 29
  for j = 1, 11 do t[j * 5] = j end
  t[-30] = 31
  if rawget(t, 12) ~= nil then steps(t, 12) end
  t[#t + 1] = 33
  t[1/7] = nil
  tclear(t)
  t[4] = nil
  t[#t + 1] = 37
  t[-30] = 38
  show(t)
  t[4] = nil
  t[4] = 41
  t[15] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[4] = nil
  t[521] = 46
  t[4] = 47
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/7] = 49
  t[2 * 1.1] = 50
  t[4] = nil
  t[1/7] = 52
  t[430] = 53
  t[521] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[521] = 57
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^32 + 5] = 59
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(6, 8)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[22.75] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[648] = 4
  if rawget(t, 418) ~= nil then steps(t, 418) end
  t[#t + 1] = 6
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[#t + 1] = 8
  t[14] = 9
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[31] = nil
  t[24 * 1.1] = 12
  t[14] = 13
  t[#t + 1] = 14
  t[36] = nil
  t[842] = 16
  t[4 * 1.1] = 17
  t[-47] = 18
  t[36] = 19
  t[2^48 + 2] = 20
  t[-38] = 21
  t[-47] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for j = 1, 19 do t[j * 1] = j end
  t[1050] = 25
  t[17] = 26
  t[22.25] = nil
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[14] = nil
  t[842] = nil
  t[true] = nil
  t[38] = 33
  t[36] = 34
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 36
  t[13] = 37
  t[#t + 1] = 38
  t[1050] = 39
  show(t)
  t[28] = 41
  t[22] = 42
  t[1/1] = 43
  t[-12] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[17] = nil
  t[#t + 1] = 47
  t[2^52 + 6] = nil
  t[true] = 49
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
