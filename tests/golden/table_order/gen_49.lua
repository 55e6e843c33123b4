-- table_order generated program, seed 49
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
  local t = tnew(4, 34)
  t[-2^37] = 0
  t[-44] = 1
  t[8] = 2
  t[1728] = nil
  t[#t + 1] = 4
  t[1829] = nil
  show(t)
  t[#t + 1] = 7
  t[17.5] = nil
  t[1704] = nil
  t[5] = 10
  t[-16] = 11
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-16.75] = nil
  for j = 1, 13 do t[j * 2] = j end
  if rawget(t, 1829) ~= nil then steps(t, 1829) end
  t[5] = 16
  tclear(t)
  t[-16] = 18
  tclear(t)
  t[1829] = nil
  t[838] = 21
  t[-11.75] = 22
  t[838] = 23
  for j = 1, 10 do t[j * 1] = j end
  t[-11.75] = 25
  t[33] = 26
  t[#t + 1] = 27
  t[1829] = 28
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 15 do t[j * 4] = j end
  t[31] = 31
  t[4 * 1.1] = 32
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[1622] = 34
  t[1622] = 35
  t[#t + 1] = 36
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  for j = 1, 20 do t[j * 4] = j end
  for j = 1, 11 do t[j * 4] = j end
  t[-10] = 40
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-44] = 42
  show(t)
  t[-11.75] = 44
  t[964] = 45
  for j = 1, 19 do t[j * 3] = j end
  t[-10] = 47
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[1829] = nil
  show(t)
  t[-2^10] = 51
  t[452] = 52
  t[#t + 1] = 53
  show(t)
  t[1728] = nil
  for j = 1, 13 do t[j * 3] = j end
  t[-2^37] = 57
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(7, 33)
  t[7.5] = 0
  t[17] = nil
  t[2^36 + 1] = nil
  t[#t + 1] = 3
  if rawget(t, 7.5) ~= nil then steps(t, 7.5) end
  if rawget(t, 314) ~= nil then steps(t, 314) end
  show(t)
  t[2] = nil
  t[2^41 + 6] = nil
  t[-18.5] = nil
  t[2^36 + 1] = 10
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  t[3] = 13
  t[443] = 14
  show(t)
  t[17] = 16
  t[14] = 17
  show(t)
  for j = 1, 8 do t[j * 3] = j end
  t[false] = 20
  t[2^36 + 1] = 21
  t[1072] = 22
  for j = 1, 3 do t[j * 1] = j end
  t[2^41 + 6] = 24
  t[314] = 25
  tclear(t)
  t[38] = 27
  t[2.5] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0 }
  t[-2^24] = 0
  t[15] = 1
  t[111] = 2
  t[111] = 3
  for j = 1, 19 do t[j * 5] = j end
  t[#t + 1] = 5
  t[2^31 + 0] = nil
  for j = 1, 6 do t[j * 3] = j end
  t[3] = 8
  t[-2^24] = 9
  t[1703] = nil
  tclear(t)
  t[22] = nil
  t[3] = 13
  t[1680] = nil
  t[1703] = nil
  show(t)
  t[1680] = nil
  t[-2^24] = nil
  t[-2^24] = 19
  t[-2^24] = 20
  t[#t + 1] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^24] = 23
  for j = 1, 11 do t[j * 1] = j end
  t[#t + 1] = 25
  t[15] = 26
  t[2^31 + 0] = 27
  t[3] = nil
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[2^31 + 0] = nil
  t[-2^24] = 31
  if rawget(t, 111) ~= nil then steps(t, 111) end
  t[1680] = 33
  t[22] = 34
  if rawget(t, 22) ~= nil then steps(t, 22) end
  t[111] = nil
  t[15] = 37
  t[111] = nil
  t[111] = 39
  t[15] = 40
  t[1680] = nil
  t[3] = 42
  t[15] = 43
  t[2^31 + 0] = 44
  t[-2^24] = 45
  t[#t + 1] = 46
  t[1680] = nil
  t[2^31 + 0] = nil
  t[15] = 49
  t[2^31 + 0] = nil
  if rawget(t, 1703) ~= nil then steps(t, 1703) end
  t[1703] = 52
  t[2^31 + 0] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[3] = 55
  t[1680] = 56
  t[#t + 1] = 57
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
