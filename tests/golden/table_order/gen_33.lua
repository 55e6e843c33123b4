-- table_order generated program, seed 33
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
  local t = { [2] = 0, [-6] = 1, 2, [24 * 1.1] = 3, [2^53 + 0] = 4, [17] = f(5), [1575] = f(6), [2^35 + 5] = 7, [24 * 1.1] = f(8) }
  tclear(t)
  t[#t + 1] = 1
  t[24 * 1.1] = nil
  t[-2^37] = 3
  t[-24.25] = nil
  t[2] = 5
  for j = 1, 3 do t[j * 1] = j end
  t[27 * 1.1] = 7
  t[2^35 + 6] = 8
  t[-13] = nil
  show(t)
  t[2] = 11
  t[15] = 12
  t[18.75] = nil
  t[18.75] = 14
  t[-6] = 15
  tclear(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [1/1] = 0, 1, [24.75] = 2, 3, [-9] = f(4) }
  t[981] = nil
  if rawget(t, 1/1) ~= nil then steps(t, 1/1) end
  t[-17] = nil
  t[40] = 3
  t[-48] = nil
  t[981] = 5
  t[23] = 6
  t[-27] = nil
  t[39] = 8
  t[true] = 9
  t[5] = nil
  t[5] = 11
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[5] = nil
  t[39] = 14
  t[#t + 1] = 15
  t[#t + 1] = 16
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 14 do t[j * 4] = j end
  t[852] = 19
  if rawget(t, 25) ~= nil then steps(t, 25) end
  t[3] = nil
  t[true] = nil
  t[#t + 1] = 23
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[24 * 1.1] = nil
  if rawget(t, -2^22) ~= nil then steps(t, -2^22) end
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[true] = nil
  t[3] = nil
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-27] = 33
  tclear(t)
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  tclear(t)
  t[-17] = nil
  tclear(t)
  if rawget(t, -2^10) ~= nil then steps(t, -2^10) end
  tclear(t)
  t[-2^10] = 41
  t[4] = 42
  t[4] = 43
  t[17] = 44
  t[4] = nil
  t[24.75] = nil
  tclear(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(5, 30)
  if rawget(t, 507) ~= nil then steps(t, 507) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^24] = 2
  for j = 1, 10 do t[j * 1] = j end
  t[8] = 4
  t[#t + 1] = 5
  for j = 1, 18 do t[j * 5] = j end
  t[#t + 1] = 7
  t[-7.75] = 8
  t[#t + 1] = 9
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
