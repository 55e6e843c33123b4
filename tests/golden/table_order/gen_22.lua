-- table_order generated program, seed 22
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
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1 * 1.1] = 1
  t[1 * 1.1] = 2
  t[1795] = 3
  t[6] = 4
  t[9] = 5
  t[9] = 6
  for k, v in pairs(t) do t[k] = v + 1 end
  t[9] = nil
  t[23] = 9
  t[-4] = 10
  t[20] = 11
  t[#t + 1] = 12
  t[2] = nil
  t[1347] = 14
  t[20] = 15
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  t[6] = 18
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[1/5] = nil
  t[39] = nil
  t[15 * 1.1] = 2
  t[789] = nil
  t[39] = nil
  show(t)
  t[true] = nil
  t[24] = nil
  t[1/5] = 8
  t[6] = 9
  t[1127] = nil
  t[#t + 1] = 11
  t[#t + 1] = 12
  t[#t + 1] = 13
  t[#t + 1] = 14
  t[1127] = nil
  t[39] = 16
  t[true] = nil
  t[#t + 1] = 18
  t[-4.75] = 19
  t[1330] = nil
  t[#t + 1] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 6) ~= nil then steps(t, 6) end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[22] = 25
  t[1] = 26
  for k, v in pairs(t) do t[k] = v + 1 end
  t[24] = 28
  t[-2^23] = nil
  t[6] = 30
  t[2.75] = 31
  t[1/5] = nil
  t[-2^18] = 33
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [24] = 0, [4] = 1, [24] = 2, [-2^0] = f(3), 4, [-2^4] = 5, [true] = 6, f(7), 8, 9, [-10] = 10, [24] = f(11) }
  t[24] = nil
  t[-3.25] = nil
  t[4] = 2
  t[#t + 1] = 3
  t[-2^45] = 4
  t[#t + 1] = 5
  t[18] = nil
  t[true] = 7
  t[24] = 8
  t[-2^59] = nil
  show(t)
  t[-10] = 11
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[17] = 13
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2.25] = nil
  t[-2^4] = nil
  t[30] = 18
  t[17] = 19
  t[-10] = nil
  t[28] = 21
  t[4] = 22
  t[2.25] = nil
  t[-10] = 24
  if rawget(t, -12) ~= nil then steps(t, -12) end
  t[-2^45] = 26
  for j = 1, 3 do t[j * 2] = j end
  t[-2^45] = 28
  t[-2^4] = 29
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  if rawget(t, 24 * 1.1) ~= nil then steps(t, 24 * 1.1) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  if rawget(t, 4) ~= nil then steps(t, 4) end
  t[-2^0] = 34
  t[-2^59] = nil
  t[37] = 36
  t[28] = 37
  show(t)
  t[17] = nil
  t[-12] = 40
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[true] = 43
  if rawget(t, -2^14) ~= nil then steps(t, -2^14) end
  t[-10] = 45
  t[24] = nil
  t[2.25] = nil
  for j = 1, 12 do t[j * 5] = j end
  t[4] = nil
  show(t)
  t[17] = nil
  t[-3.25] = 52
  t[#t + 1] = 53
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
