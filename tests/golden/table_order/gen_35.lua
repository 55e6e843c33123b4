-- table_order generated program, seed 35
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
  local t = { f(0), [18] = 1, f(2) }
  for j = 1, 2 do t[j * 5] = j end
  show(t)
  t[-5] = nil
  t[39] = 3
  t[-37] = 4
  t[6] = 5
  show(t)
  t[27] = 7
  t[-37] = 8
  t[6] = nil
  if rawget(t, 38) ~= nil then steps(t, 38) end
  t[569] = 11
  t[27] = nil
  t[-2^12] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  for j = 1, 9 do t[j * 5] = j end
  t[6] = 17
  t[-37] = 18
  t[1780] = 19
  t[39] = nil
  t[-10] = nil
  tclear(t)
  tclear(t)
  for j = 1, 7 do t[j * 5] = j end
  t[38] = nil
  t[#t + 1] = 26
  t[569] = 27
  t[-2^12] = 28
  t[2^44 + 0] = 29
  t[#t + 1] = 30
  t[true] = 31
  t[18] = 32
  t[7 * 1.1] = 33
  t[39] = nil
  t[#t + 1] = 35
  t[true] = 36
  t[#t + 1] = 37
  t[27] = 38
  t[38] = nil
  t[39] = 40
  t[-28] = 41
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(0, 13)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1] = nil
  if rawget(t, 10) ~= nil then steps(t, 10) end
  show(t)
  t[26] = 4
  if rawget(t, -2^9) ~= nil then steps(t, -2^9) end
  t[686] = 6
  t[1] = 7
  t[128] = 8
  t[4] = nil
  t[-24] = 10
  t[false] = 11
  t[1167] = 12
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[26] = 14
  t[1/5] = 15
  t[10] = nil
  t[10] = 17
  show(t)
  t[21.5] = 19
  t[-19.75] = 20
  t[19 * 1.1] = nil
  t[-5] = nil
  show(t)
  t[11] = nil
  if rawget(t, 19) ~= nil then steps(t, 19) end
  show(t)
  t[1509] = 27
  t[18] = 28
  t[758] = 29
  t[-17.75] = nil
  for j = 1, 17 do t[j * 4] = j end
  t[-2^9] = 32
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
