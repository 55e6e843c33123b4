-- table_order generated program, seed 13
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
  t[-43] = 0
  t[15] = 1
  t[12.75] = 2
  if rawget(t, 15) ~= nil then steps(t, 15) end
  t[3] = 4
  t[1] = 5
  t[15] = 6
  for j = 1, 16 do t[j * 1] = j end
  t[2] = 8
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[13] = 10
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 8 do t[j * 3] = j end
  t[#t + 1] = 13
  if rawget(t, 13 * 1.1) ~= nil then steps(t, 13 * 1.1) end
  t[#t + 1] = 15
  t[#t + 1] = 16
  if rawget(t, 1312) ~= nil then steps(t, 1312) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[13 * 1.1] = 19
  t[7] = 20
  t[-30] = nil
  t[1] = 22
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[15] = 25
  if rawget(t, 15) ~= nil then steps(t, 15) end
  t[15] = 27
  t[7] = nil
  t[-43] = 29
  t[3] = nil
  t[1450] = 31
  tclear(t)
  t[2] = nil
  t[1312] = 34
  t[1450] = 35
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [2] = 0, [-18.75] = 1, 2, 3, [2 * 1.1] = 4, [33] = f(5), 6, [14] = 7, f(8), [2^33 + 2] = 9, [28] = 10 }
  t[2^44 + 0] = 0
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^30 + 1] = 2
  t[21] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[16] = 5
  t[21] = nil
  t[27] = 7
  t[2^33 + 2] = 8
  t[21] = nil
  t[16] = 10
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  tclear(t)
  for j = 1, 18 do t[j * 5] = j end
  t[false] = 15
  t[2 * 1.1] = 16
  t[16] = 17
  t[28] = 18
  if rawget(t, 22 * 1.1) ~= nil then steps(t, 22 * 1.1) end
  for j = 1, 2 do t[j * 3] = j end
  t[28] = 21
  for j = 1, 11 do t[j * 5] = j end
  t[-2^52] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2^44 + 0] = 25
  t[33] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^30 + 1] = 28
  t[28] = nil
  t[16] = 30
  t[2 * 1.1] = nil
  tclear(t)
  t[21] = nil
  t[2] = 34
  show(t)
  t[-18.75] = 36
  t[1/9] = nil
  t[21] = 38
  t[22 * 1.1] = nil
  for j = 1, 9 do t[j * 1] = j end
  t[false] = 41
  t[-18.75] = 42
  t[#t + 1] = 43
  t[2^38 + 4] = 44
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[2 * 1.1] = 46
  t[14] = 47
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[28] = 49
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, 1, 2, [-22] = 3, [-22] = 4, [385] = 5, [1/5] = 6, [15] = 7, 8 }
  tclear(t)
  t[40] = 1
  t[1390] = 2
  t[21] = nil
  t[1/5] = nil
  t[-38] = 5
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[-2^21] = 8
  t[#t + 1] = 9
  tclear(t)
  t[1928] = nil
  t[22] = nil
  t[-20] = nil
  tclear(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[21] = nil
  t[-22] = 17
  t[-22] = 18
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  show(t)
  t[1150] = 21
  tclear(t)
  t[964] = 23
  t[964] = 24
  t[1390] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^44 + 1] = 27
  t[1928] = 28
  t[534] = 29
  t[964] = 30
  t[964] = 31
  t[534] = 32
  t[22] = 33
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for j = 1, 15 do t[j * 1] = j end
  t[15] = 36
  t[1535] = 37
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
