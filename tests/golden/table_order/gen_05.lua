-- table_order generated program, seed 5
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
  local t = tnew(5, 34)
  t[true] = nil
  t[#t + 1] = 1
  t[true] = nil
  t[-2^30] = 3
  t[22 * 1.1] = 4
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[15] = 6
  t[816] = nil
  t[1] = 8
  tclear(t)
  t[true] = 10
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  if rawget(t, 3.75) ~= nil then steps(t, 3.75) end
  t[1/3] = 13
  t[24] = 14
  t[-12] = 15
  t[2^36 + 7] = 16
  t[15] = 17
  t[-2^43] = 18
  for k, v in pairs(t) do t[k] = v + 1 end
  t[3.75] = 20
  t[1/3] = 21
  t[#t + 1] = 22
  t[true] = 23
  t[22 * 1.1] = 24
  for j = 1, 13 do t[j * 3] = j end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[#t + 1] = 27
  t[23 * 1.1] = 28
  t[19] = 29
  t[true] = nil
  t[-21.25] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[24] = 33
  t[30] = 34
  t[24] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[15] = 39
  t[1] = 40
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[1] = nil
  t[-24.75] = 43
  for k, v in pairs(t) do t[k] = v + 1 end
  t[3.75] = nil
  t[#t + 1] = 46
  t[2^45 + 1] = 47
  t[true] = 48
  t[435] = 49
  t[3.75] = 50
  t[1/3] = nil
  t[-2^43] = 52
  t[22 * 1.1] = 53
  t[-2^43] = 54
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0 }
  t[-49] = nil
  t[-5] = nil
  t[-9] = 2
  for j = 1, 3 do t[j * 1] = j end
  t[8] = 4
  if rawget(t, 8) ~= nil then steps(t, 8) end
  t[491] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[#t + 1] = 8
  t[39] = 9
  show(t)
  for j = 1, 9 do t[j * 1] = j end
  t[#t + 1] = 12
  t[-22] = nil
  t[39] = 14
  t[32] = 15
  t[-2^57] = nil
  t[-2^57] = 17
  t[267] = 18
  t[-2^57] = 19
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[18] = 21
  t[1314] = 22
  t[40] = nil
  t[8] = nil
  t[true] = 25
  t[true] = nil
  t[-2^57] = nil
  show(t)
  t[40] = nil
  t[491] = 30
  t[1314] = 31
  t[4.5] = 32
  t[1314] = 33
  t[39] = 34
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [23] = 0, [29] = 1, [1/2] = f(2), [1/2] = f(3), [-25] = f(4), [1253] = 5, [-2^15] = f(6), [-2^45] = 7, 8 }
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1253] = 1
  t[478] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 29) ~= nil then steps(t, 29) end
  tclear(t)
  t[23] = 6
  t[-2^55] = 7
  t[478] = 8
  t[29] = 9
  t[2] = 10
  t[2] = 11
  t[2 * 1.1] = nil
  t[1/2] = 13
  show(t)
  show(t)
  t[-2^14] = nil
  t[34] = nil
  t[34] = 18
  t[-2^15] = 19
  t[-2^45] = 20
  t[478] = nil
  t[-2^14] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[23] = 24
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[1253] = nil
  t[1/2] = nil
  tclear(t)
  t[1/6] = 30
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 32
  t[-2^14] = 33
  t[#t + 1] = 34
  t[23] = nil
  t[25] = 36
  t[-25] = 37
  t[29] = nil
  show(t)
  t[-2^14] = 40
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 7 do t[j * 1] = j end
  t[998] = nil
  t[1253] = nil
  t[-25] = 45
  for k, v in pairs(t) do t[k] = v + 1 end
  t[118] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[34] = nil
  t[#t + 1] = 51
  tclear(t)
  for j = 1, 9 do t[j * 5] = j end
  t[#t + 1] = 54
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(5, 25)
  t[-6] = 0
  t[1889] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[1/4] = 3
  t[false] = 4
  t[1/4] = 5
  t[1/4] = 6
  t[#t + 1] = 7
  t[-6] = 8
  t[-6] = 9
  t[false] = nil
  t[1889] = 11
  t[#t + 1] = 12
  t[false] = 13
  t[1/4] = nil
  show(t)
  t[3] = 16
  t[1/4] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1889] = 19
  t[1/4] = 20
  if rawget(t, 1/4) ~= nil then steps(t, 1/4) end
  if rawget(t, -6) ~= nil then steps(t, -6) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[1/4] = nil
  t[3] = nil
  t[1889] = nil
  t[false] = 27
  t[3] = 28
  t[1/4] = 29
  t[-6] = nil
  for j = 1, 6 do t[j * 1] = j end
  show(t)
  t[3] = 33
  t[#t + 1] = 34
  show(t)
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
