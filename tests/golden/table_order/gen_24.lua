-- table_order generated program, seed 24
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
  local t = { [19] = 0, [-18.25] = 1 }
  t[-18.25] = nil
  t[-23.5] = 1
  t[691] = 2
  t[-2.5] = nil
  if rawget(t, false) ~= nil then steps(t, false) end
  t[true] = 5
  t[32] = 6
  t[39] = 7
  t[37] = 8
  t[4] = nil
  t[-2^25] = 10
  show(t)
  t[-23.5] = nil
  t[37] = 13
  t[1/3] = 14
  for k, v in pairs(t) do t[k] = v + 1 end
  t[32] = nil
  if rawget(t, -23.5) ~= nil then steps(t, -23.5) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/3] = nil
  t[-2^46] = 20
  t[32] = 21
  if rawget(t, -2^25) ~= nil then steps(t, -2^25) end
  t[#t + 1] = 23
  t[#t + 1] = 24
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  show(t)
  for j = 1, 4 do t[j * 4] = j end
  t[1/8] = 28
  t[1616] = nil
  t[#t + 1] = 30
  t[32] = nil
  t[-1] = nil
  t[-2^25] = 33
  show(t)
  t[18] = 35
  if rawget(t, true) ~= nil then steps(t, true) end
  if rawget(t, false) ~= nil then steps(t, false) end
  t[12 * 1.1] = 38
  t[1/7] = 39
  t[951] = nil
  t[691] = 41
  t[-2^46] = 42
  t[18] = 43
  t[691] = 44
  t[15.5] = 45
  if rawget(t, 23) ~= nil then steps(t, 23) end
  t[false] = 47
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(3, 7)
  t[#t + 1] = 0
  t[4 * 1.1] = 1
  t[1097] = 2
  t[-33] = 3
  for j = 1, 1 do t[j * 5] = j end
  if rawget(t, 1245) ~= nil then steps(t, 1245) end
  t[-18] = 6
  for k, v in pairs(t) do t[k] = v + 1 end
  t[17] = nil
  t[-13.25] = 9
  t[-13.25] = nil
  show(t)
  t[38] = nil
  show(t)
  t[-19] = nil
  t[-4.75] = 15
  t[40] = 16
  t[4] = nil
  t[-22] = nil
  t[-18.75] = 19
  show(t)
  t[9] = 21
  t[-33] = nil
  show(t)
  show(t)
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[#t + 1] = 26
  for j = 1, 8 do t[j * 2] = j end
  t[-18.75] = 28
  t[#t + 1] = 29
  t[-18] = 30
  t[1] = 31
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 33
  for k, v in pairs(t) do t[k] = v + 1 end
  t[10] = 35
  t[18.75] = nil
  t[10.25] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-33] = nil
  t[398] = 40
  t[-9] = 41
  t[11] = 42
  t[-13.25] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-33] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-26] = nil
  for j = 1, 13 do t[j * 2] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^58] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
