-- table_order generated program, seed 39
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
  local t = tnew(1, 27)
  t[9.25] = 0
  t[15] = 1
  t[-2^36] = 2
  t[1/8] = 3
  t[#t + 1] = 4
  t[20] = 5
  t[30] = 6
  t[7] = 7
  for j = 1, 13 do t[j * 4] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[20] = 10
  for j = 1, 6 do t[j * 5] = j end
  if rawget(t, 15) ~= nil then steps(t, 15) end
  t[false] = 13
  t[-30] = 14
  for j = 1, 2 do t[j * 4] = j end
  t[7] = nil
  t[7] = 17
  for j = 1, 10 do t[j * 5] = j end
  t[-2^31] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-23] = nil
  t[8] = nil
  t[#t + 1] = 23
  show(t)
  t[91] = 25
  show(t)
  t[12] = nil
  if rawget(t, -2^53) ~= nil then steps(t, -2^53) end
  t[-1] = 29
  t[#t + 1] = 30
  tclear(t)
  t[5] = 32
  t[-2^36] = 33
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[13] = nil
  t[16] = 1
  t[1 * 1.1] = nil
  show(t)
  t[-25] = 4
  t[-45] = 5
  if rawget(t, 37) ~= nil then steps(t, 37) end
  t[37] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[7] = 9
  t[37] = 10
  t[-2^17] = 11
  t[23.25] = nil
  t[40] = nil
  t[27] = nil
  t[1 * 1.1] = 15
  t[7] = 16
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  if rawget(t, 16) ~= nil then steps(t, 16) end
  show(t)
  t[#t + 1] = 21
  t[1/9] = 22
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[16] = nil
  t[1 * 1.1] = nil
  t[23.25] = nil
  t[29] = 28
  t[-25] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[26] = 31
  t[7] = 32
  for j = 1, 11 do t[j * 1] = j end
  t[23.25] = nil
  t[16] = 35
  for j = 1, 13 do t[j * 1] = j end
  t[-2^17] = nil
  t[-45] = 38
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[false] = 40
  t[-25] = 41
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
