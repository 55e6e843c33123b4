-- table_order generated program, seed 16
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
  local t = { [17.25] = 0, [12] = 1, [832] = 2, 3 }
  show(t)
  t[-2^9] = 1
  t[17.25] = nil
  t[12] = nil
  t[#t + 1] = 4
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [1852] = 0, [1383] = 1, [1852] = 2, [840] = 3 }
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[9] = 1
  if rawget(t, 9) ~= nil then steps(t, 9) end
  t[-16.25] = 3
  t[0.75] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[-15] = 6
  t[-16.25] = nil
  show(t)
  t[-5] = 9
  t[#t + 1] = 10
  t[-5] = 11
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 19 do t[j * 5] = j end
  show(t)
  t[6] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1115] = 5
  for k, v in pairs(t) do t[k] = v + 1 end
  t[true] = 7
  t[1080] = 8
  t[6] = 9
  if rawget(t, 1080) ~= nil then steps(t, 1080) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[15] = 12
  t[1080] = 13
  tclear(t)
  t[#t + 1] = 15
  t[15] = 16
  if rawget(t, 26 * 1.1) ~= nil then steps(t, 26 * 1.1) end
  t[1080] = 18
  tclear(t)
  show(t)
  t[26 * 1.1] = 21
  t[16] = 22
  t[1115] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[13] = nil
  if rawget(t, 1080) ~= nil then steps(t, 1080) end
  t[15] = 27
  t[1115] = 28
  t[13] = 29
  t[16] = nil
  t[1080] = 31
  tclear(t)
  t[16] = nil
  t[1115] = 34
  tclear(t)
  for j = 1, 1 do t[j * 1] = j end
  t[13] = 37
  for k, v in pairs(t) do t[k] = v + 1 end
  t[26 * 1.1] = 39
  for j = 1, 12 do t[j * 2] = j end
  t[16] = 41
  t[6] = nil
  t[15] = nil
  t[6] = 44
  t[true] = nil
  t[#t + 1] = 46
  t[21] = 47
  t[13] = nil
  for j = 1, 8 do t[j * 3] = j end
  t[15] = nil
  t[15] = 51
  t[1115] = 52
  t[true] = nil
  t[15] = 54
  show(t)
  t[true] = nil
  t[15] = 57
  t[true] = 58
  t[26 * 1.1] = nil
  t[1080] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
