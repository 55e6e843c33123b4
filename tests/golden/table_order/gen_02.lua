-- table_order generated program, seed 2
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
  for j = 1, 17 do t[j * 1] = j end
  for j = 1, 2 do t[j * 5] = j end
  t[4 * 1.1] = nil
  t[#t + 1] = 3
  t[1270] = 4
  if rawget(t, 1/3) ~= nil then steps(t, 1/3) end
  t[21] = 6
  t[38] = 7
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(4, 32)
  t[4] = 0
  if rawget(t, 40) ~= nil then steps(t, 40) end
  t[37] = nil
  t[1688] = 3
  t[39] = 4
  t[33] = 5
  t[1075] = 6
  show(t)
  t[415] = 8
  t[-2^25] = 9
  t[#t + 1] = 10
  t[1140] = nil
  t[0.75] = 12
  t[-35] = 13
  t[#t + 1] = 14
  show(t)
  t[8] = 16
  t[-49] = 17
  t[7] = 18
  t[24] = nil
  t[-2^25] = 20
  t[33] = 21
  t[12] = 22
  t[40] = 23
  t[-35] = 24
  t[-10.75] = nil
  t[839] = 26
  t[40] = nil
  t[-35] = 28
  t[2^50 + 7] = nil
  t[-10.75] = 30
  for k, v in pairs(t) do t[k] = v + 1 end
  t[24] = nil
  t[-24] = nil
  t[#t + 1] = 34
  t[-24] = 35
  t[-35] = 36
  t[-3] = 37
  show(t)
  t[18] = 39
  t[33] = 40
  t[4] = 41
  t[-2^25] = nil
  t[2^43 + 2] = 43
  t[-2^25] = nil
  t[14] = 45
  t[1140] = nil
  t[630] = 47
  show(t)
  t[839] = 49
  t[2^45 + 4] = 50
  t[630] = nil
  t[415] = 52
  t[2^45 + 4] = 53
  t[-24] = nil
  t[24] = nil
  t[1303] = 56
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[2^36 + 2] = nil
  t[false] = 1
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/2] = nil
  t[-4.25] = nil
  if rawget(t, true) ~= nil then steps(t, true) end
  t[33] = nil
  t[#t + 1] = 7
  t[-18] = 8
  show(t)
  t[-19] = 10
  t[-2^5] = 11
  t[-19] = 12
  show(t)
  t[true] = 14
  t[-18] = 15
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[0.5] = 0
  t[1532] = 1
  t[29] = 2
  t[1/7] = 3
  t[#t + 1] = 4
  t[2^31 + 3] = nil
  t[677] = 6
  t[1532] = 7
  t[1/4] = 8
  for j = 1, 5 do t[j * 4] = j end
  t[-3] = nil
  t[1/4] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[1/4] = nil
  t[677] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  show(t)
  t[-12.25] = 19
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/4] = 24
  show(t)
  t[1896] = 26
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-3] = 28
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[20] = nil
  t[2^31 + 3] = 32
  t[677] = nil
  if rawget(t, 2^31 + 3) ~= nil then steps(t, 2^31 + 3) end
  t[29] = 35
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-12.25] = 37
  t[23] = 38
  t[12 * 1.1] = nil
  t[39] = nil
  t[677] = 41
  if rawget(t, 0.5) ~= nil then steps(t, 0.5) end
  show(t)
  t[#t + 1] = 44
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[#t + 1] = 46
  t[-23] = nil
  t[39] = 48
  t[0.5] = 49
  t[1/7] = 50
  t[-3] = 51
  if rawget(t, 23) ~= nil then steps(t, 23) end
  t[true] = nil
  t[2^31 + 3] = 54
  for j = 1, 4 do t[j * 1] = j end
  t[1/4] = 56
  t[62] = 57
  t[2^31 + 3] = 58
  t[1/8] = 59
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
