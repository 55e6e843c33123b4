-- table_order generated program, seed 17
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
  t[2^37 + 1] = 0
  t[9 * 1.1] = nil
  t[22] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  t[128] = 4
  t[31] = 5
  t[#t + 1] = 6
  t[2^37 + 1] = 7
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2.75] = 9
  if rawget(t, 28) ~= nil then steps(t, 28) end
  t[22] = 11
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-34] = nil
  t[26] = 14
  if rawget(t, 9 * 1.1) ~= nil then steps(t, 9 * 1.1) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2.75] = 17
  tclear(t)
  t[-8] = 19
  t[#t + 1] = 20
  t[28] = 21
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[#t + 1] = 23
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 26
  t[9 * 1.1] = nil
  t[128] = 28
  t[9 * 1.1] = 29
  t[28] = 30
  t[9 * 1.1] = nil
  t[26] = 32
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2.75] = 34
  if rawget(t, 2^37 + 1) ~= nil then steps(t, 2^37 + 1) end
  if rawget(t, 28) ~= nil then steps(t, 28) end
  t[9 * 1.1] = 37
  t[31] = 38
  t[2.75] = nil
  t[26] = 40
  t[9 * 1.1] = nil
  t[128] = 42
  t[128] = 43
  t[9 * 1.1] = nil
  t[#t + 1] = 45
  t[2.75] = 46
  t[2^37 + 1] = 47
  t[31] = 48
  t[28] = 49
  t[#t + 1] = 50
  t[9 * 1.1] = 51
  t[22] = 52
  t[26] = 53
  t[-34] = nil
  t[-8] = 55
  t[#t + 1] = 56
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { f(0), [-6.75] = 1, 2, [9] = 3, [34] = f(4), [9] = 5 }
  t[true] = nil
  t[true] = 1
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[1/4] = 3
  if rawget(t, 1/4) ~= nil then steps(t, 1/4) end
  t[12] = 5
  t[-2^33] = nil
  if rawget(t, -5) ~= nil then steps(t, -5) end
  t[-2^33] = 8
  t[#t + 1] = 9
  t[27] = 10
  t[0] = 11
  t[-23] = 12
  if rawget(t, -32) ~= nil then steps(t, -32) end
  t[-5] = 14
  t[1/2] = 15
  t[28] = nil
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-38] = 19
  t[2^39 + 6] = 20
  t[27] = 21
  t[1/2] = 22
  t[-23] = nil
  t[1/4] = 24
  for j = 1, 7 do t[j * 2] = j end
  if rawget(t, -2^4) ~= nil then steps(t, -2^4) end
  if rawget(t, 1/9) ~= nil then steps(t, 1/9) end
  t[24] = 28
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 33
  t[16] = nil
  t[-2^4] = 35
  t[27] = nil
  t[true] = nil
  for j = 1, 3 do t[j * 5] = j end
  for j = 1, 3 do t[j * 2] = j end
  if rawget(t, 1) ~= nil then steps(t, 1) end
  t[24] = nil
  t[9] = 42
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 18 do t[j * 1] = j end
  t[-5] = nil
  if rawget(t, 28) ~= nil then steps(t, 28) end
  t[21 * 1.1] = nil
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  for k, v in pairs(t) do t[k] = v + 1 end
  t[694] = 1
  t[1962] = 2
  show(t)
  t[-2^55] = 4
  t[33] = 5
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  t[8] = 8
  t[#t + 1] = 9
  t[#t + 1] = 10
  show(t)
  t[694] = 12
  show(t)
  t[2^35 + 1] = nil
  t[33] = nil
  t[-2^55] = 16
  t[33] = nil
  t[33] = 18
  t[1962] = 19
  t[#t + 1] = 20
  t[20.25] = 21
  show(t)
  t[-25] = 23
  t[28 * 1.1] = 24
  for j = 1, 5 do t[j * 3] = j end
  tclear(t)
  t[33] = nil
  t[-40] = 28
  t[11] = 29
  if rawget(t, false) ~= nil then steps(t, false) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^35 + 1] = 32
  tclear(t)
  t[33] = 34
  t[16] = nil
  t[-2^55] = 36
  t[-25] = nil
  t[16 * 1.1] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for j = 1, 19 do t[j * 1] = j end
  t[#t + 1] = 43
  t[28 * 1.1] = 44
  t[-25] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  for j = 1, 11 do t[j * 4] = j end
  t[-40] = nil
  t[28 * 1.1] = 50
  t[-40] = nil
  t[2^35 + 1] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-9] = 0, [32] = 1, [1/1] = 2, [1572] = 3 }
  if rawget(t, 563) ~= nil then steps(t, 563) end
  t[311] = 1
  t[3 * 1.1] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, -39) ~= nil then steps(t, -39) end
  if rawget(t, 563) ~= nil then steps(t, 563) end
  t[2] = nil
  for j = 1, 1 do t[j * 3] = j end
  tclear(t)
  t[35] = 9
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
