-- table_order generated program, seed 34
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
  local t = tnew(3, 13)
  if rawget(t, 8) ~= nil then steps(t, 8) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[289] = nil
  t[289] = nil
  t[19] = nil
  if rawget(t, -36) ~= nil then steps(t, -36) end
  t[-28] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[2 * 1.1] = 0
  t[2 * 1.1] = 1
  for j = 1, 5 do t[j * 4] = j end
  for j = 1, 16 do t[j * 2] = j end
  t[true] = 4
  t[19 * 1.1] = nil
  t[2^52 + 6] = 6
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  t[-2^42] = nil
  t[13] = 10
  t[30] = nil
  t[true] = nil
  t[35] = nil
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 17
  t[true] = nil
  t[4 * 1.1] = 19
  t[2 * 1.1] = nil
  t[1/2] = 21
  t[false] = 22
  t[1555] = 23
  if rawget(t, -37) ~= nil then steps(t, -37) end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 26
  t[10.75] = 27
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-2] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, [2] = 1, [17.25] = 2, [29 * 1.1] = 3, [6.5] = 4, 5, [1/6] = 6, 7, [3 * 1.1] = 8, [145] = 9, [102] = 10 }
  tclear(t)
  if rawget(t, 9) ~= nil then steps(t, 9) end
  t[227] = nil
  show(t)
  t[22] = 4
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[22] = 6
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[9] = nil
  t[1601] = nil
  t[#t + 1] = 10
  if rawget(t, 1238) ~= nil then steps(t, 1238) end
  t[true] = nil
  t[13] = 13
  t[3 * 1.1] = 14
  t[true] = 15
  for j = 1, 11 do t[j * 5] = j end
  t[24] = nil
  t[1/6] = 18
  for j = 1, 13 do t[j * 1] = j end
  tclear(t)
  t[22] = 21
  t[-2^35] = nil
  t[227] = nil
  t[-24] = nil
  t[22] = 25
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[253] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-26] = 29
  t[6.5] = 30
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  t[253] = 35
  show(t)
  t[22] = 37
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^40] = 39
  show(t)
  t[-44] = 41
  t[true] = 42
  t[9] = 43
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1498] = 45
  t[13] = 46
  t[2^30 + 5] = 47
  t[3 * 1.1] = 48
  t[9] = nil
  t[-26] = 50
  t[1498] = 51
  for k, v in pairs(t) do t[k] = v + 1 end
  t[true] = 53
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
