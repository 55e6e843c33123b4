-- table_order generated program, seed 44
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
  local t = {}
  for j = 1, 9 do t[j * 5] = j end
  t[2^30 + 3] = 1
  t[-0.25] = 2
  t[12.75] = 3
  t[33] = 4
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/8] = 6
  t[33] = 7
  t[-18] = nil
  t[#t + 1] = 9
  show(t)
  if rawget(t, 1) ~= nil then steps(t, 1) end
  t[0.75] = nil
  t[0.75] = nil
  t[2^30 + 3] = 14
  for k, v in pairs(t) do t[k] = v + 1 end
  t[33] = 16
  show(t)
  t[-18] = 18
  t[-24] = 19
  t[33] = 20
  t[1875] = 21
  for j = 1, 5 do t[j * 5] = j end
  t[-18] = nil
  t[0.75] = nil
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  tclear(t)
  t[12] = 1
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^36] = nil
  t[#t + 1] = 4
  t[12] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-7] = 7
  t[28] = nil
  t[-7] = 9
  t[36] = 10
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  show(t)
  t[-3] = 14
  t[#t + 1] = 15
  t[7 * 1.1] = nil
  t[12] = 17
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[12] = nil
  t[10 * 1.1] = 22
  t[-3] = 23
  t[-3] = nil
  t[18] = 25
  t[-7] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^36] = nil
  t[18] = nil
  t[36] = 31
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[18] = nil
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[#t + 1] = 36
  t[36] = 37
  t[18] = 38
  for k, v in pairs(t) do t[k] = v + 1 end
  t[12] = 40
  t[10 * 1.1] = 41
  t[-2^36] = 42
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(3, 39)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[4] = 1
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[2^33 + 0] = 3
  t[#t + 1] = 4
  t[2^33 + 0] = nil
  t[9] = 6
  t[584] = nil
  t[24 * 1.1] = 8
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-20] = nil
  t[26] = 11
  t[4] = nil
  t[26] = 13
  t[1/8] = 14
  t[true] = nil
  t[-20] = nil
  t[584] = 17
  t[2^33 + 0] = 18
  for k, v in pairs(t) do t[k] = v + 1 end
  t[26] = 20
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-20] = 22
  t[9] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-2^0] = f(0), [36] = 1, 2, [2^53 + 6] = 3, [4] = f(4), [20] = 5 }
  t[false] = 0
  t[2.5] = 1
  tclear(t)
  for j = 1, 14 do t[j * 4] = j end
  t[2^38 + 3] = 4
  t[36] = 5
  t[14] = 6
  t[-2^47] = 7
  t[2^38 + 3] = nil
  for j = 1, 8 do t[j * 1] = j end
  show(t)
  for j = 1, 18 do t[j * 2] = j end
  t[1761] = 12
  t[1761] = 13
  t[-2^47] = 14
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^53 + 6] = 16
  t[-2^47] = 17
  t[36] = 18
  show(t)
  t[#t + 1] = 20
  t[2^38 + 3] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^38 + 3] = nil
  t[1545] = nil
  t[14] = 25
  t[false] = 26
  t[36] = 27
  tclear(t)
  t[#t + 1] = 29
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[1545] = 32
  t[#t + 1] = 33
  t[#t + 1] = 34
  t[-27] = 35
  t[#t + 1] = 36
  t[#t + 1] = 37
  t[-17.5] = nil
  t[#t + 1] = 39
  t[-2^47] = 40
  t[2.5] = 41
  t[40] = 42
  t[14] = 43
  t[2.5] = nil
  t[4] = nil
  t[2^53 + 6] = 46
  t[33] = 47
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-1] = 49
  t[36] = 50
  t[-2^0] = 51
  for j = 1, 1 do t[j * 3] = j end
  show(t)
  t[1545] = 54
  t[-27] = 55
  t[-17.5] = 56
  t[2.5] = 57
  for j = 1, 4 do t[j * 3] = j end
  t[-1] = 59
  for j = 1, 2 do t[j * 4] = j end
  t[-1] = 61
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
