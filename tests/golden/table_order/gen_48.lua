-- table_order generated program, seed 48
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
  t[1609] = 0
  if rawget(t, 1609) ~= nil then steps(t, 1609) end
  t[0.5] = 2
  t[18] = 3
  t[-4.5] = 4
  t[1804] = nil
  t[-1] = 6
  t[-27] = 7
  t[18] = 8
  t[4] = 9
  t[-1] = nil
  t[#t + 1] = 11
  t[false] = nil
  t[-27] = nil
  tclear(t)
  t[-8] = 15
  if rawget(t, 1609) ~= nil then steps(t, 1609) end
  t[23 * 1.1] = 17
  t[-4.5] = 18
  t[441] = 19
  t[-18.25] = 20
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [false] = 0, 1, [23] = 2, [13] = 3, [27] = 4, 5, [23] = 6, [13] = f(7), 8, [27] = 9, 10, [582] = 11 }
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-6] = 1
  t[12] = 2
  show(t)
  t[747] = 4
  t[-1] = 5
  t[130] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[1952] = 0
  t[-2^54] = nil
  t[1952] = 2
  t[false] = 3
  for k, v in pairs(t) do t[k] = v + 1 end
  t[10] = 5
  t[1539] = nil
  t[1] = nil
  t[18] = 8
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 11
  t[9] = nil
  t[-1.5] = 13
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-13.75] = 15
  t[18] = 16
  t[false] = 17
  show(t)
  t[1353] = nil
  t[1952] = 20
  t[1] = 21
  t[32] = 22
  t[-14] = 23
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[32] = 25
  t[-13.25] = 26
  t[19] = 27
  t[1] = 28
  t[1353] = nil
  t[32] = 30
  tclear(t)
  t[19] = 32
  t[1489] = 33
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, [-2^57] = 1, [-2^57] = 2, [-2^6] = 3, [-9.75] = 4, [-2^57] = 5, [35] = 6, [-2^6] = 7, [1862] = 8, 9, [-2^57] = 10 }
  t[35] = 0
  t[1862] = 1
  t[11] = nil
  t[-2^40] = 3
  t[-9.75] = 4
  t[35] = 5
  t[27] = 6
  if rawget(t, 27) ~= nil then steps(t, 27) end
  t[-2^6] = nil
  t[#t + 1] = 9
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[1350] = 11
  if rawget(t, 1126) ~= nil then steps(t, 1126) end
  for j = 1, 1 do t[j * 5] = j end
  t[-9.75] = nil
  t[27] = nil
  t[1126] = nil
  t[27] = nil
  t[#t + 1] = 18
  if rawget(t, 11) ~= nil then steps(t, 11) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1862] = 21
  t[-2^57] = nil
  t[23 * 1.1] = nil
  t[1862] = 24
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1862] = 26
  t[23 * 1.1] = 27
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
