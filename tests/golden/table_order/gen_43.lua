-- table_order generated program, seed 43
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
  show(t)
  t[1/3] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[true] = nil
  t[-2^11] = 4
  for k, v in pairs(t) do t[k] = v + 1 end
  t[35] = 6
  t[-4] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-4] = 9
  t[-13.75] = 10
  show(t)
  t[-13.75] = 12
  t[545] = 13
  t[545] = 14
  tclear(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 1/3) ~= nil then steps(t, 1/3) end
  t[3] = nil
  t[-4] = 19
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, -13.75) ~= nil then steps(t, -13.75) end
  tclear(t)
  t[true] = 24
  t[21.75] = 25
  t[true] = 26
  if rawget(t, 545) ~= nil then steps(t, 545) end
  t[#t + 1] = 28
  t[3] = 29
  t[3] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[true] = 32
  t[35] = 33
  t[2^46 + 4] = nil
  show(t)
  t[#t + 1] = 36
  t[true] = 37
  t[#t + 1] = 38
  t[545] = 39
  t[-2] = 40
  t[545] = 41
  t[true] = nil
  t[30] = 43
  t[30] = 44
  t[1386] = nil
  show(t)
  t[-4] = 47
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  t[#t + 1] = 50
  t[#t + 1] = 51
  t[-13.75] = 52
  t[-2^11] = 53
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, [5] = 1, [-3] = 2, f(3), [29] = f(4), 5 }
  t[16] = 0
  if rawget(t, -2^58) ~= nil then steps(t, -2^58) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-16.75] = 3
  t[-0.25] = 4
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[#t + 1] = 6
  t[21.5] = nil
  show(t)
  t[28] = nil
  t[1903] = 10
  t[-36] = 11
  t[-4.75] = 12
  t[2^33 + 5] = 13
  t[-0.25] = 14
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-24] = 16
  t[-48] = 17
  show(t)
  t[28] = 19
  t[-2^54] = nil
  t[21.5] = 21
  t[16] = nil
  t[-48] = 23
  show(t)
  t[#t + 1] = 25
  t[31] = 26
  t[1/3] = 27
  for k, v in pairs(t) do t[k] = v + 1 end
  t[3] = 29
  for j = 1, 5 do t[j * 4] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 2^33 + 5) ~= nil then steps(t, 2^33 + 5) end
  for j = 1, 9 do t[j * 2] = j end
  t[#t + 1] = 34
  t[-3] = nil
  t[-2^54] = nil
  t[21.5] = nil
  t[-48] = nil
  show(t)
  tclear(t)
  t[6 * 1.1] = nil
  t[24.25] = nil
  t[-24] = 43
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[16] = nil
  if rawget(t, -3) ~= nil then steps(t, -3) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2^39 + 6] = 52
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, [18.25] = f(1), [18.25] = 2, [31] = 3, 4, [31] = 5, [2^33 + 5] = 6, [2^33 + 5] = 7, [-14] = 8 }
  t[#t + 1] = 0
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[18.25] = 2
  t[1/3] = 3
  t[2^33 + 5] = 4
  t[17] = 5
  t[17] = 6
  t[-32] = 7
  t[18.25] = 8
  t[#t + 1] = 9
  tclear(t)
  show(t)
  t[#t + 1] = 12
  show(t)
  t[2^33 + 5] = 14
  t[1/3] = 15
  t[31] = 16
  t[true] = 17
  t[18.25] = 18
  if rawget(t, 2^30 + 7) ~= nil then steps(t, 2^30 + 7) end
  t[1/3] = 20
  t[18.25] = 21
  t[31] = 22
  tclear(t)
  t[true] = nil
  t[18.25] = 25
  tclear(t)
  t[-14] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[true] = nil
  t[1/3] = nil
  t[2^33 + 5] = 31
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-32] = nil
  t[true] = 36
  tclear(t)
  t[true] = nil
  t[31] = 39
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(7, 2)
  t[1586] = nil
  t[5] = 1
  t[105] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
