-- table_order generated program, seed 7
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
  t[-36] = 0
  t[16 * 1.1] = 1
  t[16 * 1.1] = 2
  t[1/7] = 3
  t[-20] = 4
  t[7] = nil
  t[16 * 1.1] = 6
  t[-36] = nil
  t[#t + 1] = 8
  for j = 1, 13 do t[j * 5] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-20] = 11
  t[480] = 12
  t[1/7] = 13
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[16 * 1.1] = nil
  t[#t + 1] = 16
  t[#t + 1] = 17
  t[480] = 18
  t[1/7] = 19
  if rawget(t, -20) ~= nil then steps(t, -20) end
  t[-36] = 21
  t[1/7] = 22
  t[#t + 1] = 23
  if rawget(t, -36) ~= nil then steps(t, -36) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 26
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(7, 28)
  t[-9] = nil
  t[16] = 1
  t[-28] = 2
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  if rawget(t, 17 * 1.1) ~= nil then steps(t, 17 * 1.1) end
  t[16.5] = 8
  for k, v in pairs(t) do t[k] = v + 1 end
  t[998] = 10
  t[40] = nil
  t[-28] = 12
  t[5] = 13
  t[-6.75] = nil
  show(t)
  t[40] = nil
  t[#t + 1] = 17
  if rawget(t, 16) ~= nil then steps(t, 16) end
  t[#t + 1] = 19
  t[1/5] = 20
  t[-2^44] = 21
  show(t)
  t[10] = 23
  t[1/5] = 24
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[1/8] = 26
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 5 do t[j * 5] = j end
  t[-28] = 30
  t[24] = 31
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[33] = nil
  t[-8] = 34
  t[2^30 + 4] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[5] = nil
  tclear(t)
  t[1/5] = 39
  t[40] = 40
  t[-2^58] = 41
  show(t)
  t[-2^58] = nil
  t[16.5] = 44
  if rawget(t, 1/5) ~= nil then steps(t, 1/5) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^58] = 47
  for j = 1, 17 do t[j * 1] = j end
  t[-23] = 49
  t[23] = 50
  if rawget(t, 17 * 1.1) ~= nil then steps(t, 17 * 1.1) end
  t[17 * 1.1] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
