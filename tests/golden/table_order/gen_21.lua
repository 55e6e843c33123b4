-- table_order generated program, seed 21
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
  local t = tnew(0, 4)
  t[778] = 0
  t[14] = 1
  t[#t + 1] = 2
  show(t)
  t[16] = 4
  t[14] = 5
  t[26] = nil
  t[2^45 + 1] = 7
  t[10 * 1.1] = 8
  for j = 1, 6 do t[j * 2] = j end
  t[-44] = 10
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[37] = 12
  t[22] = 13
  for k, v in pairs(t) do t[k] = v + 1 end
  t[23] = 15
  t[15] = 16
  t[-44] = 17
  t[-2^55] = nil
  t[2^31 + 3] = 19
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 21
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^55] = nil
  t[-44] = nil
  t[#t + 1] = 25
  t[764] = 26
  t[764] = 27
  t[-8] = nil
  t[false] = nil
  t[false] = 30
  t[22] = 31
  t[-2^55] = nil
  t[26] = 33
  t[26] = 34
  t[778] = nil
  t[-16] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[false] = nil
  t[-44] = 39
  t[-8] = 40
  t[#t + 1] = 41
  t[26] = 42
  t[2^45 + 1] = 43
  t[false] = 44
  t[-2^20] = 45
  t[15] = 46
  t[2^31 + 3] = 47
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(6, 1)
  t[#t + 1] = 0
  t[296] = 1
  t[296] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[true] = 4
  t[296] = nil
  show(t)
  t[-15] = 7
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[296] = 9
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  t[#t + 1] = 12
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[35] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  if rawget(t, 35) ~= nil then steps(t, 35) end
  t[-15] = nil
  show(t)
  t[-15] = nil
  t[27] = 20
  t[-15] = 21
  if rawget(t, 296) ~= nil then steps(t, 296) end
  t[true] = nil
  t[-15] = nil
  t[-15] = 25
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[35] = nil
  t[1/6] = nil
  t[true] = 30
  t[296] = 31
  t[-15] = nil
  t[35] = 33
  if rawget(t, -15) ~= nil then steps(t, -15) end
  t[27] = nil
  t[true] = nil
  t[35] = 37
  show(t)
  t[true] = nil
  t[35] = 40
  t[35] = 41
  t[true] = 42
  t[-15] = 43
  t[true] = 44
  t[35] = 45
  t[35] = 46
  for j = 1, 12 do t[j * 4] = j end
  t[296] = 48
  t[true] = nil
  t[35] = 50
  if rawget(t, 296) ~= nil then steps(t, 296) end
  t[-15] = 52
  t[-15] = 53
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[24] = 0
  t[12] = 1
  t[19 * 1.1] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[5] = 4
  t[833] = 5
  t[21] = nil
  t[-23.25] = 7
  if rawget(t, 19) ~= nil then steps(t, 19) end
  t[833] = 9
  t[24] = 10
  t[25] = 11
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, -2^29) ~= nil then steps(t, -2^29) end
  t[32] = 14
  t[12] = 15
  show(t)
  t[#t + 1] = 17
  t[-36] = 18
  t[2^53 + 6] = 19
  t[-0.5] = nil
  t[-7] = 21
  show(t)
  if rawget(t, 13 * 1.1) ~= nil then steps(t, 13 * 1.1) end
  t[35] = 24
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[346] = nil
  t[21] = nil
  t[5 * 1.1] = nil
  t[-25] = 29
  t[#t + 1] = 30
  t[-0.5] = nil
  t[11] = 32
  t[-21] = 33
  t[11] = 34
  t[true] = nil
  t[#t + 1] = 36
  t[35] = 37
  t[833] = 38
  t[21] = nil
  t[833] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[11] = 42
  t[5 * 1.1] = 43
  t[346] = nil
  for j = 1, 4 do t[j * 3] = j end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[#t + 1] = 47
  t[-23.25] = 48
  t[19] = 49
  t[2^53 + 6] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
