-- table_order generated program, seed 1
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
  local t = tnew(4, 5)
  t[-49] = 0
  t[-49] = nil
  t[1990] = 2
  t[-49] = 3
  t[1/3] = 4
  t[1990] = nil
  t[-49] = 6
  t[#t + 1] = 7
  t[1990] = nil
  t[11] = 9
  t[1990] = nil
  for j = 1, 5 do t[j * 4] = j end
  t[1/3] = 12
  t[-49] = 13
  t[11] = 14
  t[-49] = nil
  t[-49] = 16
  t[1990] = nil
  t[1990] = 18
  t[#t + 1] = 19
  t[1/3] = 20
  t[#t + 1] = 21
  tclear(t)
  if rawget(t, 11) ~= nil then steps(t, 11) end
  if rawget(t, 1990) ~= nil then steps(t, 1990) end
  if rawget(t, -49) ~= nil then steps(t, -49) end
  t[1990] = 26
  t[1990] = 27
  t[1990] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  if rawget(t, -13.5) ~= nil then steps(t, -13.5) end
  t[27] = 1
  t[1/2] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^50 + 2] = 4
  t[1086] = 5
  t[37] = 6
  t[13] = nil
  t[#t + 1] = 8
  t[2^50 + 2] = 9
  t[2^49 + 1] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-3] = 12
  t[40] = nil
  t[27] = 14
  t[36] = 15
  t[-16] = nil
  t[8] = 17
  t[-2^37] = 18
  t[1/8] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(1, 3)
  t[3] = 0
  t[39] = nil
  t[#t + 1] = 2
  show(t)
  t[1354] = nil
  t[-2^6] = 5
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[7] = 8
  t[#t + 1] = 9
  t[14.75] = 10
  tclear(t)
  t[-2^55] = 12
  show(t)
  t[-19] = nil
  t[1215] = nil
  t[true] = 16
  if rawget(t, -13.25) ~= nil then steps(t, -13.25) end
  t[7] = 18
  t[true] = nil
  t[33] = 20
  t[3] = 21
  t[40] = nil
  for j = 1, 13 do t[j * 3] = j end
  t[-13.25] = 24
  t[1354] = 25
  for j = 1, 4 do t[j * 4] = j end
  show(t)
  t[2] = nil
  t[7] = 29
  t[1354] = nil
  show(t)
  t[1354] = 32
  t[#t + 1] = 33
  t[true] = 34
  show(t)
  t[33] = 36
  t[-13.25] = nil
  t[22] = 38
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[3] = 40
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[40] = 43
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[8 * 1.1] = 45
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
