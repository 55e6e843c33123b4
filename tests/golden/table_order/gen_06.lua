-- table_order generated program, seed 6
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
  local t = { f(0), [37] = 1, [-15] = 2, [-3] = 3, [1/2] = 4 }
  tclear(t)
  for j = 1, 19 do t[j * 2] = j end
  t[-15] = nil
  t[-15] = 3
  for k, v in pairs(t) do t[k] = v + 1 end
  t[37] = 5
  t[1/2] = nil
  t[1/2] = nil
  t[#t + 1] = 8
  t[-3] = nil
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-3] = 12
  t[37] = 13
  t[-3] = 14
  t[-3] = 15
  t[-3] = 16
  t[-15] = 17
  t[-15] = 18
  if rawget(t, 37) ~= nil then steps(t, 37) end
  t[-3] = 20
  t[-15] = nil
  t[37] = 22
  t[-3] = 23
  if rawget(t, -15) ~= nil then steps(t, -15) end
  t[37] = 25
  t[#t + 1] = 26
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-3] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-15] = 31
  t[-3] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-3] = nil
  t[-15] = nil
  t[-15] = 37
  t[-15] = 38
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-15] = nil
  if rawget(t, -3) ~= nil then steps(t, -3) end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, -3) ~= nil then steps(t, -3) end
  t[#t + 1] = 45
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [8] = 0, [16] = 1, [28] = 2, [16] = 3, 4, [1790] = f(5), [16] = f(6), 7 }
  t[28] = 0
  t[28] = nil
  t[28] = 2
  t[28] = 3
  t[16] = nil
  if rawget(t, 28) ~= nil then steps(t, 28) end
  for j = 1, 19 do t[j * 4] = j end
  t[16] = 7
  t[16] = 8
  t[1790] = 9
  show(t)
  t[1790] = 11
  t[8] = 12
  t[16] = 13
  for j = 1, 6 do t[j * 3] = j end
  t[28] = 15
  t[8] = 16
  t[16] = 17
  for k, v in pairs(t) do t[k] = v + 1 end
  t[8] = 19
  t[16] = 20
  t[28] = 21
  show(t)
  t[8] = nil
  t[28] = 24
  t[28] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 13 do t[j * 3] = j end
  t[28] = 28
  if rawget(t, 8) ~= nil then steps(t, 8) end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  show(t)
  t[#t + 1] = 32
  t[28] = 33
  t[16] = 34
  t[1790] = nil
  if rawget(t, 16) ~= nil then steps(t, 16) end
  t[8] = 37
  t[8] = 38
  tclear(t)
  t[16] = 40
  if rawget(t, 16) ~= nil then steps(t, 16) end
  t[16] = nil
  t[1790] = 43
  for k, v in pairs(t) do t[k] = v + 1 end
  t[8] = 45
  t[28] = nil
  for j = 1, 20 do t[j * 4] = j end
  t[#t + 1] = 48
  t[28] = 49
  t[16] = 50
  t[28] = 51
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1790] = nil
  t[1790] = 54
  for k, v in pairs(t) do t[k] = v + 1 end
  t[8] = 56
  t[1790] = 57
  t[16] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-24] = 0, 1, 2, [15] = 3, [4 * 1.1] = 4, [8] = 5, [1/6] = 6, [1/7] = 7, 8, [4 * 1.1] = 9 }
  t[5] = 0
  for k, v in pairs(t) do t[k] = v + 1 end
  t[4] = nil
  tclear(t)
  t[4 * 1.1] = 4
  t[-2^15] = 5
  for j = 1, 17 do t[j * 5] = j end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[36] = 8
  t[1/3] = 9
  for j = 1, 20 do t[j * 2] = j end
  t[919] = 11
  t[1/3] = 12
  t[#t + 1] = 13
  t[-5.75] = nil
  if rawget(t, -24) ~= nil then steps(t, -24) end
  t[36] = 16
  t[919] = 17
  t[1892] = 18
  t[1882] = 19
  t[-2^15] = 20
  t[1/6] = 21
  t[8] = 22
  t[18.25] = 23
  t[1/3] = 24
  t[1882] = 25
  t[8.25] = nil
  t[5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[15] = 29
  t[-2^52] = 30
  t[36] = 31
  t[1/7] = 32
  if rawget(t, -2^52) ~= nil then steps(t, -2^52) end
  t[#t + 1] = 34
  t[24.25] = nil
  t[36] = nil
  show(t)
  t[24.25] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[-20] = 41
  t[205] = 42
  t[5] = 43
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[#t + 1] = 45
  t[1/7] = nil
  t[8] = 47
  show(t)
  t[14.75] = 49
  t[40] = 50
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
