-- table_order generated program, seed 3
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
  local t = { [4] = 0, [23] = 1, [23] = 2, [4] = 3, [150] = 4, [15 * 1.1] = 5 }
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[15 * 1.1] = 1
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[4] = nil
  t[23] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-8] = nil
  t[15 * 1.1] = 7
  t[4] = nil
  t[-8] = 9
  t[-8] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[23] = 12
  t[#t + 1] = 13
  t[4] = nil
  show(t)
  t[#t + 1] = 16
  t[#t + 1] = 17
  tclear(t)
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[4] = nil
  t[-8] = 21
  t[-8] = 22
  t[-8] = nil
  t[23] = 24
  t[4] = 25
  t[23] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[23] = 28
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for j = 1, 20 do t[j * 3] = j end
  show(t)
  tclear(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[23] = 34
  tclear(t)
  t[-8] = 36
  t[23] = 37
  t[15 * 1.1] = nil
  show(t)
  t[4] = 40
  t[-8] = 41
  show(t)
  t[23] = 43
  t[15 * 1.1] = 44
  for j = 1, 11 do t[j * 1] = j end
  t[150] = 46
  t[23] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 49
  for k, v in pairs(t) do t[k] = v + 1 end
  t[150] = 51
  t[23] = 52
  t[#t + 1] = 53
  t[23] = nil
  t[4] = 55
  t[4] = 56
  t[15 * 1.1] = 57
  t[-8] = nil
  t[15 * 1.1] = nil
  t[#t + 1] = 60
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[899] = 2
  t[1559] = 3
  t[899] = 4
  t[1559] = 5
  t[899] = nil
  t[5] = 7
  show(t)
  if rawget(t, 899) ~= nil then steps(t, 899) end
  t[899] = 10
  t[5] = 11
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[16] = 0
  t[1/3] = 1
  t[#t + 1] = 2
  show(t)
  t[-8] = nil
  show(t)
  t[15.5] = nil
  show(t)
  t[1/3] = nil
  t[15.5] = nil
  t[16] = nil
  t[-8] = 11
  t[-8] = 12
  show(t)
  t[15.5] = 14
  t[#t + 1] = 15
  t[16] = 16
  if rawget(t, -8) ~= nil then steps(t, -8) end
  t[15.5] = 18
  t[15.5] = 19
  t[1/3] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[15.5] = 22
  t[-8] = 23
  if rawget(t, 15.5) ~= nil then steps(t, 15.5) end
  show(t)
  t[16] = 26
  t[16] = 27
  t[#t + 1] = 28
  t[15.5] = nil
  t[-8] = 30
  t[15.5] = 31
  t[1/3] = 32
  t[15.5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[15.5] = 35
  t[15.5] = 36
  show(t)
  t[#t + 1] = 38
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-8] = 40
  t[-8] = nil
  t[16] = nil
  show(t)
  t[#t + 1] = 44
  t[15.5] = nil
  if rawget(t, 15.5) ~= nil then steps(t, 15.5) end
  for j = 1, 17 do t[j * 1] = j end
  t[-8] = 48
  t[-8] = 49
  t[15.5] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[16] = nil
  t[1/3] = 53
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-8] = nil
  t[16] = 56
  t[16] = 57
  t[16] = 58
  t[1/3] = 59
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[15.5] = nil
  tclear(t)
  t[#t + 1] = 63
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[1/3] = 0
  show(t)
  t[6 * 1.1] = 2
  show(t)
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[11 * 1.1] = 6
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for j = 1, 13 do t[j * 5] = j end
  t[#t + 1] = 9
  t[11 * 1.1] = 10
  t[6 * 1.1] = 11
  t[22] = 12
  t[1/3] = nil
  t[-20.5] = 14
  t[#t + 1] = 15
  t[#t + 1] = 16
  t[1] = 17
  t[1896] = 18
  t[25 * 1.1] = 19
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1127] = 21
  show(t)
  t[2^37 + 2] = nil
  t[25] = nil
  t[2^39 + 4] = 25
  t[822] = 26
  t[18] = 27
  t[27] = 28
  t[27] = 29
  t[27] = 30
  t[-15] = nil
  t[11] = nil
  if rawget(t, 14 * 1.1) ~= nil then steps(t, 14 * 1.1) end
  t[1] = 34
  t[-15] = 35
  t[-20.5] = nil
  t[1.5] = nil
  t[1.5] = 38
  t[822] = nil
  show(t)
  for j = 1, 16 do t[j * 3] = j end
  t[1537] = nil
  t[2^39 + 4] = 43
  t[6] = 44
  t[1.5] = nil
  show(t)
  t[1] = 47
  t[6 * 1.1] = nil
  t[1127] = 49
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
