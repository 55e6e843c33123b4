-- table_order generated program, seed 36
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
  local t = { [25 * 1.1] = 0, [2] = 1 }
  t[36] = nil
  t[#t + 1] = 1
  t[2] = 2
  t[869] = nil
  show(t)
  t[#t + 1] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 5) ~= nil then steps(t, 5) end
  t[15.5] = 8
  t[6.75] = nil
  t[2^44 + 5] = 10
  t[-24.25] = 11
  t[#t + 1] = 12
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[1972] = 14
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, [2^40 + 5] = 1, [-2^34] = 2, [-2^23] = 3 }
  t[22] = 0
  t[17] = 1
  t[29] = 2
  t[33] = nil
  t[29] = 4
  if rawget(t, -2^34) ~= nil then steps(t, -2^34) end
  t[-2^34] = 6
  t[-2^23] = 7
  t[#t + 1] = 8
  t[2^30 + 6] = 9
  t[33] = 10
  for j = 1, 14 do t[j * 1] = j end
  t[327] = nil
  if rawget(t, -2^23) ~= nil then steps(t, -2^23) end
  t[2^30 + 6] = 14
  t[29] = 15
  t[-2^34] = 16
  t[29] = nil
  t[29] = 18
  t[-2^23] = 19
  t[2^40 + 5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, -2^23) ~= nil then steps(t, -2^23) end
  if rawget(t, -2^34) ~= nil then steps(t, -2^34) end
  show(t)
  tclear(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 17) ~= nil then steps(t, 17) end
  t[22] = 28
  t[-2^23] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-2^23] = 31
  t[2^30 + 6] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-2^23] = 35
  t[-2^34] = 36
  for j = 1, 20 do t[j * 4] = j end
  t[22] = 38
  t[327] = 39
  t[22] = nil
  t[33] = 41
  t[2^40 + 5] = 42
  t[2^40 + 5] = nil
  show(t)
  t[22] = 45
  t[17] = nil
  if rawget(t, -2^23) ~= nil then steps(t, -2^23) end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2^30 + 6] = 49
  t[29] = 50
  t[-2^34] = 51
  for k, v in pairs(t) do t[k] = v + 1 end
  t[17] = nil
  t[22] = 54
  t[17] = 55
  show(t)
  t[33] = nil
  t[2^30 + 6] = 58
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  t[22] = 61
  t[33] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(6, 31)
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[10] = nil
  t[11.5] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[14] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2 * 1.1] = 7
  t[1] = nil
  show(t)
  t[2 * 1.1] = 10
  t[#t + 1] = 11
  t[1/5] = 12
  t[25 * 1.1] = nil
  t[-39] = nil
  t[true] = 15
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-39] = 17
  tclear(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, f(1), [1076] = 2, [40] = f(3), [21] = f(4) }
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  t[1/8] = 2
  t[-2^55] = 3
  t[39] = 4
  t[13] = 5
  t[-18] = 6
  t[40] = 7
  t[634] = 8
  t[26] = nil
  t[-26] = nil
  t[#t + 1] = 11
  t[54] = nil
  t[1020] = 13
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[9] = 16
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
