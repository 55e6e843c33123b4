-- table_order generated program, seed 10
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
  local t = { [-2^51] = f(0), [-2^26] = 1, [1391] = 2, [3] = f(3) }
  t[2^46 + 1] = 0
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[6] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[true] = nil
  t[4] = 7
  show(t)
  t[31] = 9
  t[#t + 1] = 10
  t[14] = nil
  t[1035] = 12
  t[1260] = nil
  t[#t + 1] = 14
  t[3] = 15
  tclear(t)
  t[777] = nil
  t[33] = 18
  for k, v in pairs(t) do t[k] = v + 1 end
  t[31] = nil
  t[#t + 1] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  t[true] = 23
  t[true] = 24
  t[-24] = 25
  t[1/5] = 26
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[3] = 28
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, true) ~= nil then steps(t, true) end
  t[2^33 + 3] = 31
  t[3] = 32
  show(t)
  t[3] = 34
  t[7] = 35
  if rawget(t, 3) ~= nil then steps(t, 3) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[true] = 38
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[1035] = nil
  t[true] = 42
  t[true] = 43
  t[2^46 + 1] = 44
  t[4] = nil
  t[2^46 + 1] = 46
  t[2^33 + 3] = nil
  t[1260] = 48
  for k, v in pairs(t) do t[k] = v + 1 end
  t[18.75] = 50
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [true] = 0, [2^41 + 2] = 1, [1161] = 2, [1161] = 3, [30] = 4, 5 }
  show(t)
  for j = 1, 15 do t[j * 3] = j end
  t[-4.5] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[14] = nil
  t[1697] = 5
  t[18] = nil
  t[#t + 1] = 7
  t[1458] = 8
  t[#t + 1] = 9
  t[1883] = nil
  t[true] = 11
  t[307] = nil
  if rawget(t, 1458) ~= nil then steps(t, 1458) end
  t[1883] = nil
  t[true] = 15
  tclear(t)
  t[true] = 17
  t[#t + 1] = 18
  show(t)
  t[1883] = 20
  t[1883] = 21
  t[30] = 22
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-29] = 24
  t[27] = 25
  t[1883] = nil
  t[true] = 27
  t[-2^57] = 28
  show(t)
  t[2^34 + 5] = 30
  t[13.25] = 31
  t[14] = nil
  t[-2] = 33
  t[37] = nil
  t[36] = 35
  t[28 * 1.1] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2] = nil
  t[5] = nil
  tclear(t)
  t[true] = 41
  t[30] = 42
  t[1/8] = 43
  t[37] = 44
  if rawget(t, 1685) ~= nil then steps(t, 1685) end
  for j = 1, 11 do t[j * 1] = j end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [2] = 0, [31] = 1, [1/5] = 2, [true] = 3, [16.25] = 4, [false] = 5, [1/5] = 6, [-3] = 7, [true] = 8, [1/5] = 9, [31] = 10, [7.25] = 11 }
  t[10] = 0
  t[37] = 1
  show(t)
  t[31] = 3
  t[#t + 1] = 4
  t[21] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-43] = nil
  t[#t + 1] = 8
  t[#t + 1] = 9
  t[#t + 1] = 10
  show(t)
  t[-6] = 12
  for k, v in pairs(t) do t[k] = v + 1 end
  t[21] = 14
  t[#t + 1] = 15
  show(t)
  if rawget(t, 443) ~= nil then steps(t, 443) end
  if rawget(t, 24 * 1.1) ~= nil then steps(t, 24 * 1.1) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[443] = 20
  t[24 * 1.1] = 21
  t[10] = 22
  t[false] = 23
  t[true] = 24
  t[-6] = nil
  t[24 * 1.1] = 26
  t[true] = nil
  for j = 1, 6 do t[j * 4] = j end
  t[#t + 1] = 29
  t[false] = 30
  t[false] = 31
  t[2^36 + 4] = 32
  for k, v in pairs(t) do t[k] = v + 1 end
  t[443] = nil
  t[true] = nil
  t[19] = 36
  t[true] = nil
  t[37] = nil
  t[19] = 39
  for k, v in pairs(t) do t[k] = v + 1 end
  t[7.25] = 41
  t[-43] = nil
  t[31] = 43
  t[37] = 44
  show(t)
  t[24 * 1.1] = 46
  t[-6] = 47
  for j = 1, 2 do t[j * 1] = j end
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
