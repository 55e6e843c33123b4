-- table_order generated program, seed 40
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
  t[1176] = nil
  t[1/1] = 1
  t[28] = 2
  t[-2] = 3
  t[true] = 4
  show(t)
  t[9.5] = nil
  if rawget(t, -40) ~= nil then steps(t, -40) end
  t[1105] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[1/1] = 10
  for j = 1, 9 do t[j * 5] = j end
  t[5] = 12
  t[1] = 13
  show(t)
  for j = 1, 7 do t[j * 2] = j end
  t[20 * 1.1] = 16
  t[16] = 17
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  if rawget(t, true) ~= nil then steps(t, true) end
  t[2] = 20
  t[-48] = 21
  t[#t + 1] = 22
  t[25] = 23
  t[5.25] = 24
  t[2] = nil
  t[#t + 1] = 26
  t[2] = 27
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-16.75] = 29
  t[-17] = 30
  t[20] = 31
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[9] = 34
  t[34] = 35
  t[5] = 36
  t[-2] = 37
  t[#t + 1] = 38
  if rawget(t, 2) ~= nil then steps(t, 2) end
  t[25] = 40
  t[9] = nil
  t[1] = 42
  t[true] = 43
  show(t)
  t[20 * 1.1] = 45
  t[#t + 1] = 46
  t[false] = nil
  t[897] = 48
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-23] = 50
  t[40] = 51
  t[-48] = nil
  t[1522] = 53
  t[#t + 1] = 54
  t[9.5] = 55
  for j = 1, 10 do t[j * 3] = j end
  t[#t + 1] = 57
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [62] = f(0) }
  t[29] = nil
  tclear(t)
  t[29] = 2
  t[1841] = 3
  t[12.75] = nil
  t[true] = 5
  t[#t + 1] = 6
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^7] = 8
  t[-5.75] = 9
  t[24 * 1.1] = 10
  t[724] = 11
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[24] = 13
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[29] = nil
  tclear(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[12.5] = 18
  t[29] = 19
  for k, v in pairs(t) do t[k] = v + 1 end
  t[12.75] = 21
  t[29] = 22
  t[-2^7] = 23
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[true] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for j = 1, 4 do t[j * 5] = j end
  show(t)
  t[724] = nil
  tclear(t)
  t[-2^42] = 31
  t[#t + 1] = 32
  t[-2^7] = 33
  tclear(t)
  tclear(t)
  t[#t + 1] = 36
  t[24] = 37
  t[#t + 1] = 38
  t[1458] = nil
  t[15] = 40
  t[31] = 41
  t[313] = 42
  t[62] = 43
  show(t)
  t[24 * 1.1] = nil
  t[true] = 46
  t[1573] = 47
  if rawget(t, 507) ~= nil then steps(t, 507) end
  t[1841] = 49
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[#t + 1] = 51
  t[24] = nil
  t[1/7] = 53
  t[1573] = nil
  t[true] = 55
  t[#t + 1] = 56
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(2, 18)
  t[-42] = 0
  t[-4] = 1
  t[-4] = 2
  t[-4] = 3
  t[#t + 1] = 4
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
