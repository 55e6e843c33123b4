-- table_order generated program, seed 37
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
  local t = tnew(1, 18)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-24.5] = 1
  t[false] = 2
  t[27] = 3
  t[-5] = nil
  t[-28] = 5
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[37] = 7
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[19] = nil
  t[-2^21] = 10
  t[-28] = 11
  t[14.5] = 12
  t[23] = 13
  t[30] = nil
  t[27] = 15
  t[-15] = 16
  t[31] = 17
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[false] = 19
  t[#t + 1] = 20
  t[23] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 7 do t[j * 3] = j end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  t[23] = 26
  t[1/4] = nil
  t[12] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[4] = 30
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[14] = 32
  t[37] = nil
  for j = 1, 5 do t[j * 1] = j end
  t[-1.25] = 35
  show(t)
  t[410] = 37
  if rawget(t, 4) ~= nil then steps(t, 4) end
  t[#t + 1] = 39
  t[37] = 40
  t[14] = 41
  t[1972] = 42
  t[-24.5] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[1048] = 45
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 48
  t[#t + 1] = 49
  t[36] = nil
  t[23] = nil
  t[2^51 + 3] = nil
  t[true] = 53
  t[24] = 54
  t[11] = 55
  t[#t + 1] = 56
  if rawget(t, -24.5) ~= nil then steps(t, -24.5) end
  t[-1.25] = 58
  for j = 1, 12 do t[j * 2] = j end
  if rawget(t, 24) ~= nil then steps(t, 24) end
  t[36] = nil
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(7, 14)
  t[770] = 0
  t[25] = 1
  t[2^38 + 6] = 2
  t[770] = nil
  t[8] = 4
  t[#t + 1] = 5
  t[-29] = 6
  for j = 1, 1 do t[j * 2] = j end
  t[2^32 + 2] = 8
  t[#t + 1] = 9
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(7, 32)
  t[#t + 1] = 0
  t[418] = 1
  t[26] = 2
  t[36] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
