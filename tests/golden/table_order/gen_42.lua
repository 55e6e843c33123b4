-- table_order generated program, seed 42
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
  local t = { [21] = 0, 1, [-2^29] = 2 }
  if rawget(t, 22) ~= nil then steps(t, 22) end
  tclear(t)
  t[13] = 2
  t[25] = 3
  t[5.5] = 4
  t[16 * 1.1] = nil
  show(t)
  t[2^37 + 3] = 7
  if rawget(t, 10 * 1.1) ~= nil then steps(t, 10 * 1.1) end
  t[#t + 1] = 9
  t[11] = 10
  for k, v in pairs(t) do t[k] = v + 1 end
  t[26 * 1.1] = 12
  t[13] = nil
  t[16 * 1.1] = 14
  t[16 * 1.1] = 15
  t[2^37 + 3] = 16
  t[2^31 + 4] = 17
  show(t)
  t[#t + 1] = 19
  for j = 1, 18 do t[j * 3] = j end
  t[21] = nil
  t[-2^29] = 22
  t[3] = 23
  if rawget(t, 22) ~= nil then steps(t, 22) end
  t[-29] = nil
  t[26 * 1.1] = 26
  t[-2^29] = 27
  t[#t + 1] = 28
  t[19] = 29
  t[7] = 30
  t[36] = 31
  t[26] = nil
  t[3] = 33
  t[25] = 34
  show(t)
  t[-2^40] = 36
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  if rawget(t, 36) ~= nil then steps(t, 36) end
  t[11] = nil
  t[-2^40] = 40
  t[#t + 1] = 41
  t[#t + 1] = 42
  t[10 * 1.1] = 43
  t[-2^40] = 44
  t[26 * 1.1] = 45
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[13] = 0
  t[#t + 1] = 1
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[25] = nil
  show(t)
  t[598] = nil
  t[2^35 + 3] = 6
  t[#t + 1] = 7
  t[-42] = 8
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, 1, 2 }
  t[#t + 1] = 0
  t[#t + 1] = 1
  t[-40] = nil
  t[0.75] = 3
  t[18] = 4
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1415] = nil
  tclear(t)
  tclear(t)
  t[21] = 9
  show(t)
  if rawget(t, 6) ~= nil then steps(t, 6) end
  t[2^31 + 2] = nil
  t[616] = 13
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[21] = nil
  for j = 1, 20 do t[j * 4] = j end
  t[270] = 17
  t[#t + 1] = 18
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
