-- table_order generated program, seed 27
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
  local t = tnew(2, 0)
  t[-19] = 0
  show(t)
  t[19] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-22] = 4
  t[2^35 + 2] = 5
  t[7] = 6
  t[-19] = 7
  t[#t + 1] = 8
  t[-22] = 9
  t[-22] = 10
  t[#t + 1] = 11
  t[19] = 12
  t[2^35 + 2] = nil
  t[7] = 14
  t[#t + 1] = 15
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 17
  t[19] = 18
  t[2^35 + 2] = 19
  t[#t + 1] = 20
  t[-22] = 21
  t[2^35 + 2] = 22
  t[2^35 + 2] = nil
  t[2^35 + 2] = 24
  t[-19] = 25
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^35 + 2] = 27
  t[7] = 28
  t[7] = 29
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-19] = 31
  t[2^35 + 2] = 32
  t[19] = 33
  t[-22] = nil
  t[19] = 35
  t[19] = 36
  t[2^35 + 2] = 37
  t[2^35 + 2] = 38
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(5, 2)
  t[774] = 0
  t[8 * 1.1] = 1
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for j = 1, 7 do t[j * 1] = j end
  if rawget(t, 14) ~= nil then steps(t, 14) end
  show(t)
  t[-16.5] = 6
  t[0] = 7
  t[37] = 8
  tclear(t)
  t[8 * 1.1] = 10
  t[39] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[false] = 14
  t[-1.5] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[774] = 17
  t[9] = 18
  t[0] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[-1.5] = 22
  t[#t + 1] = 23
  t[8 * 1.1] = 24
  t[39] = 25
  if rawget(t, -16.5) ~= nil then steps(t, -16.5) end
  t[1675] = nil
  t[#t + 1] = 28
  if rawget(t, 14) ~= nil then steps(t, 14) end
  t[14] = 30
  t[36] = 31
  t[1/3] = 32
  t[36] = 33
  t[false] = 34
  t[#t + 1] = 35
  t[-16.5] = 36
  t[-1.5] = 37
  t[-15.5] = 38
  t[6] = 39
  t[-15.5] = 40
  for k, v in pairs(t) do t[k] = v + 1 end
  t[671] = 42
  t[8 * 1.1] = 43
  t[false] = 44
  t[6] = nil
  tclear(t)
  t[false] = 47
  t[-1.5] = 48
  t[23] = nil
  t[39] = nil
  t[-16.5] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0, 1, [6] = 2, [19.5] = 3, f(4), [-2^50] = 5, 6 }
  t[23] = nil
  tclear(t)
  t[26 * 1.1] = nil
  t[9.5] = 3
  t[1745] = 4
  show(t)
  t[19.5] = 6
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
