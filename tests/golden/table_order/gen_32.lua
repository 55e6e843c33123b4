-- table_order generated program, seed 32
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
  if rawget(t, false) ~= nil then steps(t, false) end
  t[-15] = 1
  show(t)
  t[false] = nil
  t[234] = nil
  t[-21.5] = 5
  t[35] = 6
  t[5] = 7
  t[1498] = 8
  for k, v in pairs(t) do t[k] = v + 1 end
  t[9] = 10
  t[-23] = 11
  t[2 * 1.1] = 12
  t[1498] = 13
  show(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [231] = 0, 1, [1/6] = f(2), [-22.25] = f(3), [-11] = 4, f(5) }
  t[13] = 0
  for j = 1, 1 do t[j * 4] = j end
  t[1/1] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  t[231] = nil
  show(t)
  t[#t + 1] = 6
  for k, v in pairs(t) do t[k] = v + 1 end
  t[3] = 8
  if rawget(t, -7) ~= nil then steps(t, -7) end
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, 1/1) ~= nil then steps(t, 1/1) end
  for j = 1, 20 do t[j * 3] = j end
  t[29] = nil
  t[1/1] = nil
  t[2^52 + 5] = 15
  t[-7.25] = 16
  t[1/1] = nil
  for j = 1, 2 do t[j * 2] = j end
  t[2^52 + 5] = nil
  t[20 * 1.1] = 20
  t[18] = 21
  show(t)
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[13] = 24
  t[25] = 25
  t[20 * 1.1] = 26
  t[13] = 27
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[20 * 1.1] = 29
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-40] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[1201] = nil
  t[8 * 1.1] = 34
  t[-7.25] = nil
  if rawget(t, 29) ~= nil then steps(t, 29) end
  t[6.25] = nil
  t[1201] = 38
  t[13] = 39
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[false] = 41
  t[-9.5] = nil
  t[-7.25] = 43
  t[24] = 44
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  t[381] = 47
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(8, 11)
  t[12.5] = 0
  t[12] = 1
  t[39] = 2
  t[39] = 3
  show(t)
  t[36] = nil
  tclear(t)
  t[#t + 1] = 7
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[1/2] = 9
  t[9 * 1.1] = 10
  t[12] = nil
  t[3] = 12
  t[13 * 1.1] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[24] = 15
  t[327] = 16
  t[35] = 17
  t[#t + 1] = 18
  t[1219] = 19
  t[11] = nil
  t[4.75] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-17.5] = 23
  for j = 1, 5 do t[j * 1] = j end
  t[-2^19] = 25
  t[1209] = 26
  t[-10] = 27
  t[-19] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[40] = 30
  t[1219] = 31
  for j = 1, 6 do t[j * 5] = j end
  t[-2] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/2] = nil
  t[24] = 36
  t[-17.5] = nil
  t[21] = nil
  t[#t + 1] = 39
  t[40] = 40
  t[3] = 41
  t[-20.5] = 42
  tclear(t)
  t[-20.5] = nil
  t[9 * 1.1] = 45
  t[4.75] = nil
  t[1710] = 47
  t[1732] = 48
  t[2^32 + 2] = 49
  t[1/2] = 50
  t[1/7] = 51
  t[13] = 52
  t[1/2] = 53
  t[1732] = 54
  t[18] = 55
  t[13] = 56
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
