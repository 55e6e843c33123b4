-- table_order generated program, seed 9
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
  local t = { [36] = 0 }
  t[23] = 0
  t[1/7] = 1
  t[#t + 1] = 2
  t[false] = nil
  show(t)
  t[-44] = 5
  t[2.5] = nil
  t[-2^27] = 7
  show(t)
  t[33] = nil
  t[26] = nil
  t[4.25] = 11
  t[-6.75] = 12
  t[1/7] = 13
  t[false] = 14
  t[#t + 1] = 15
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^38 + 6] = 17
  t[2^38 + 6] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^27] = nil
  if rawget(t, false) ~= nil then steps(t, false) end
  t[22] = 22
  t[1/2] = 23
  t[2^46 + 1] = 24
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[33] = 27
  tclear(t)
  show(t)
  if rawget(t, 1/7) ~= nil then steps(t, 1/7) end
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[7] = nil
  t[2^46 + 1] = 34
  t[1/6] = nil
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-5] = 0, f(1) }
  if rawget(t, 6.25) ~= nil then steps(t, 6.25) end
  t[6.25] = 1
  t[12] = 2
  tclear(t)
  t[-9.25] = nil
  t[-5] = nil
  t[-5] = 6
  t[12] = nil
  t[6.25] = nil
  t[-9.25] = nil
  t[-5] = 10
  for j = 1, 18 do t[j * 2] = j end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[12] = 13
  t[12] = 14
  t[6.25] = nil
  if rawget(t, 12) ~= nil then steps(t, 12) end
  t[-5] = 17
  if rawget(t, -9.25) ~= nil then steps(t, -9.25) end
  for j = 1, 1 do t[j * 1] = j end
  t[-5] = nil
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-5] = 25
  t[12] = nil
  t[-9.25] = 27
  t[6.25] = 28
  t[#t + 1] = 29
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[6.25] = nil
  t[12] = 32
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-5] = 35
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
