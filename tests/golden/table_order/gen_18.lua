-- table_order generated program, seed 18
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
  local t = tnew(2, 36)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[6] = 1
  for j = 1, 12 do t[j * 3] = j end
  if rawget(t, -10) ~= nil then steps(t, -10) end
  t[2^42 + 5] = 4
  t[-20] = 5
  t[#t + 1] = 6
  if rawget(t, false) ~= nil then steps(t, false) end
  tclear(t)
  t[35] = 9
  t[8 * 1.1] = nil
  t[2^42 + 5] = 11
  t[481] = 12
  t[33] = 13
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  if rawget(t, -5) ~= nil then steps(t, -5) end
  t[2^42 + 5] = 17
  t[2^42 + 5] = 18
  t[38] = 19
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(1, 5)
  t[29] = 0
  tclear(t)
  t[22.75] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  t[11] = 4
  t[15] = 5
  t[12.5] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[948] = 8
  t[6.75] = 9
  t[-22] = 10
  t[1/8] = 11
  t[false] = 12
  t[22.75] = 13
  t[-2^52] = nil
  for j = 1, 20 do t[j * 4] = j end
  t[12 * 1.1] = 16
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^42 + 3] = 18
  t[18] = 19
  t[1327] = 20
  t[-39] = 21
  t[31] = 22
  show(t)
  tclear(t)
  t[12 * 1.1] = 25
  t[35] = 26
  t[29] = 27
  if rawget(t, 10) ~= nil then steps(t, 10) end
  t[true] = nil
  t[10] = nil
  t[#t + 1] = 31
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  t[8.75] = 34
  t[12.5] = 35
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^33 + 7] = 37
  t[12 * 1.1] = 38
  t[12.5] = nil
  t[10] = 40
  t[-2^29] = 41
  t[8] = 42
  t[1/8] = 43
  t[22.75] = 44
  tclear(t)
  t[12.25] = 46
  t[11] = 47
  t[12.5] = 48
  t[-2^29] = nil
  t[1/8] = nil
  t[11] = nil
  t[10] = 52
  t[1327] = 53
  t[2^33 + 7] = 54
  t[-22] = 55
  t[35] = 56
  t[11] = 57
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, [14.25] = 1, [23 * 1.1] = 2, [-23] = f(3), 4, [644] = 5, [1318] = f(6), [7] = 7, [30] = 8, 9, [-46] = 10 }
  for k, v in pairs(t) do t[k] = v + 1 end
  t[7] = nil
  t[-35] = 2
  t[644] = 3
  t[-2^19] = nil
  show(t)
  t[-3] = 6
  t[2^30 + 2] = 7
  t[14] = 8
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 10
  show(t)
  t[23] = 12
  t[true] = 13
  t[1/8] = nil
  if rawget(t, -2^27) ~= nil then steps(t, -2^27) end
  t[1/8] = 16
  t[#t + 1] = 17
  t[7] = nil
  show(t)
  t[#t + 1] = 20
  t[23 * 1.1] = nil
  if rawget(t, -2^19) ~= nil then steps(t, -2^19) end
  t[538] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for j = 1, 13 do t[j * 3] = j end
  t[-6] = 26
  t[-2^27] = 27
  t[538] = 28
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
