-- table_order generated program, seed 50
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
  local t = { [true] = 0, [201] = 1, [true] = 2, [40] = 3 }
  t[11] = 0
  for j = 1, 15 do t[j * 1] = j end
  t[38] = 2
  t[148] = nil
  t[201] = 4
  t[#t + 1] = 5
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[true] = 9
  t[148] = 10
  t[#t + 1] = 11
  t[201] = 12
  t[6] = 13
  if rawget(t, 40) ~= nil then steps(t, 40) end
  t[true] = 15
  t[40] = 16
  t[11] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 19
  t[32] = nil
  if rawget(t, 201) ~= nil then steps(t, 201) end
  t[6] = 22
  t[38] = 23
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[32] = nil
  t[40] = nil
  t[true] = 27
  show(t)
  t[40] = 29
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[-9] = nil
  t[1/9] = 1
  t[2^34 + 6] = nil
  t[26 * 1.1] = 3
  t[285] = 4
  show(t)
  t[-6] = 6
  t[-29] = 7
  t[-9] = nil
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[0.75] = 11
  t[11 * 1.1] = 12
  t[-9] = 13
  t[-10.75] = 14
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[28] = 0
  t[4] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[11] = 4
  t[-12] = 5
  t[#t + 1] = 6
  t[4] = 7
  t[874] = 8
  t[-12] = 9
  if rawget(t, 218) ~= nil then steps(t, 218) end
  t[-12] = nil
  t[-12] = nil
  t[19] = 13
  t[11] = nil
  if rawget(t, 19 * 1.1) ~= nil then steps(t, 19 * 1.1) end
  t[19] = nil
  show(t)
  t[1597] = 18
  t[874] = nil
  t[19] = nil
  t[2] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 23
  t[19 * 1.1] = 24
  t[19] = nil
  if rawget(t, 19 * 1.1) ~= nil then steps(t, 19 * 1.1) end
  t[19 * 1.1] = nil
  t[-12] = nil
  t[14] = 29
  t[14] = 30
  t[2] = 31
  t[2] = 32
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
