-- table_order generated program, seed 19
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
  if rawget(t, 11) ~= nil then steps(t, 11) end
  t[-4] = nil
  t[20] = 2
  show(t)
  t[-4] = 4
  t[16.5] = nil
  if rawget(t, 16.5) ~= nil then steps(t, 16.5) end
  t[1/3] = 7
  t[#t + 1] = 8
  t[39] = nil
  show(t)
  t[-19] = 11
  t[1.5] = nil
  t[39] = 13
  t[391] = 14
  t[1514] = 15
  t[6] = 16
  for k, v in pairs(t) do t[k] = v + 1 end
  t[6] = 18
  t[21] = nil
  t[20] = nil
  t[1514] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [1/2] = 0, [12] = 1, [-2^49] = 2, [-13] = 3, [-27] = 4, [2] = 5, [-34] = 6, [1/2] = 7, [-2^7] = 8 }
  t[2^39 + 6] = 0
  t[-21] = nil
  t[2] = 2
  t[-2^0] = nil
  t[-2^0] = 4
  t[1/6] = 5
  t[16] = 6
  if rawget(t, 17.25) ~= nil then steps(t, 17.25) end
  t[32] = 8
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 2^44 + 0) ~= nil then steps(t, 2^44 + 0) end
  t[-2^56] = nil
  t[1836] = nil
  t[35] = 13
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[2] = 15
  show(t)
  t[-23.5] = nil
  t[#t + 1] = 18
  t[2^44 + 0] = 19
  t[1/5] = 20
  t[-2] = 21
  t[-2^0] = 22
  t[1/6] = 23
  t[#t + 1] = 24
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-34] = 26
  if rawget(t, 1/2) ~= nil then steps(t, 1/2) end
  t[25 * 1.1] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[-1.25] = 30
  for k, v in pairs(t) do t[k] = v + 1 end
  t[17.25] = 32
  t[12] = 33
  t[2^44 + 0] = 34
  t[-23.5] = 35
  t[25 * 1.1] = 36
  t[-1.25] = 37
  t[-21] = nil
  t[-10.5] = 39
  t[2] = 40
  t[-10.5] = 41
  t[37] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 14) ~= nil then steps(t, 14) end
  t[-15] = 45
  t[1/2] = 46
  t[-34] = 47
  t[14] = 48
  show(t)
  show(t)
  t[1836] = 51
  t[37] = 52
  if rawget(t, 1/2) ~= nil then steps(t, 1/2) end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
