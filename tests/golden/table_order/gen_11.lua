-- table_order generated program, seed 11
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
  local t = { [1/3] = 0 }
  t[1689] = 0
  t[-2^32] = 1
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[-12.5] = 3
  t[34] = 4
  t[22] = 5
  t[1/3] = nil
  t[-18.75] = 7
  t[21] = 8
  show(t)
  t[3.75] = nil
  if rawget(t, 30) ~= nil then steps(t, 30) end
  t[12] = 12
  t[4.5] = nil
  show(t)
  t[3.75] = 15
  t[-2^32] = 16
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-12.5] = 18
  t[-26] = nil
  for j = 1, 12 do t[j * 4] = j end
  t[2^48 + 2] = nil
  t[30] = 22
  t[#t + 1] = 23
  for j = 1, 15 do t[j * 1] = j end
  t[30] = 25
  for j = 1, 7 do t[j * 5] = j end
  t[34] = 27
  t[#t + 1] = 28
  t[12] = 29
  t[#t + 1] = 30
  t[1/3] = nil
  t[1107] = 32
  t[22] = 33
  t[-18.75] = nil
  t[2^39 + 0] = 35
  if rawget(t, -42) ~= nil then steps(t, -42) end
  t[3.75] = 37
  show(t)
  t[1107] = nil
  t[4.5] = nil
  t[2^48 + 2] = nil
  t[2^39 + 0] = 42
  t[22] = 43
  for j = 1, 13 do t[j * 4] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  if rawget(t, -20.75) ~= nil then steps(t, -20.75) end
  t[-42] = 47
  t[-18.75] = nil
  t[-12.5] = 49
  t[-2^32] = 50
  t[-17] = nil
  t[-42] = 52
  t[754] = 53
  t[-18.75] = nil
  for j = 1, 6 do t[j * 3] = j end
  t[1107] = 56
  t[30] = 57
  t[4.5] = nil
  t[-42] = 59
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^39 + 0] = 61
  t[1/3] = 62
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(4, 5)
  t[2^32 + 0] = nil
  t[2^36 + 0] = 1
  t[7 * 1.1] = 2
  t[764] = 3
  t[8] = nil
  t[#t + 1] = 5
  t[764] = 6
  if rawget(t, -48) ~= nil then steps(t, -48) end
  t[#t + 1] = 8
  t[11] = 9
  t[-11] = nil
  t[-27] = 11
  if rawget(t, 11) ~= nil then steps(t, 11) end
  show(t)
  t[true] = 14
  t[764] = nil
  for j = 1, 9 do t[j * 2] = j end
  t[true] = 17
  t[#t + 1] = 18
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[4 * 1.1] = 0
  t[1514] = 1
  t[#t + 1] = 2
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[7] = nil
  t[1514] = nil
  t[7] = 6
  t[1899] = 7
  t[4 * 1.1] = 8
  t[-19] = nil
  t[#t + 1] = 10
  t[1514] = 11
  t[7] = 12
  t[-19] = 13
  t[1899] = nil
  t[-19] = 15
  t[1514] = 16
  if rawget(t, 1899) ~= nil then steps(t, 1899) end
  if rawget(t, 1514) ~= nil then steps(t, 1514) end
  t[4 * 1.1] = 19
  t[1514] = 20
  t[4 * 1.1] = nil
  t[#t + 1] = 22
  t[7] = nil
  t[-19] = nil
  t[-19] = 25
  t[7] = 26
  t[-19] = 27
  t[7] = 28
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[1514] = 30
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-19] = nil
  t[-19] = 33
  t[1899] = 34
  t[7] = 35
  if rawget(t, 1514) ~= nil then steps(t, 1514) end
  t[-19] = 37
  t[-19] = 38
  t[4 * 1.1] = 39
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[1514] = nil
  t[4 * 1.1] = nil
  t[#t + 1] = 43
  t[4 * 1.1] = 44
  t[1899] = nil
  t[7] = 46
  t[4 * 1.1] = 47
  t[4 * 1.1] = 48
  t[4 * 1.1] = 49
  t[7] = 50
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[1514] = 52
  t[-19] = 53
  show(t)
  t[1899] = 55
  show(t)
  show(t)
  t[7] = 58
  t[1899] = 59
  t[1514] = 60
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
