-- table_order generated program, seed 41
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
  t[-10] = 0
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2^37 + 2] = 3
  t[-13.5] = nil
  if rawget(t, -1.25) ~= nil then steps(t, -1.25) end
  for j = 1, 6 do t[j * 4] = j end
  t[-1.25] = 7
  t[11] = 8
  if rawget(t, -37) ~= nil then steps(t, -37) end
  t[2^37 + 2] = 10
  for j = 1, 8 do t[j * 4] = j end
  t[-10] = 12
  t[11] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 15
  t[-13.5] = nil
  t[10] = 17
  t[35] = 18
  t[10] = 19
  t[11] = nil
  t[11] = nil
  t[2] = nil
  t[11] = 23
  show(t)
  t[2] = 25
  for j = 1, 10 do t[j * 5] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1109] = nil
  t[1/4] = 29
  t[20] = 30
  for j = 1, 4 do t[j * 1] = j end
  t[-15] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-15] = 34
  show(t)
  t[1/4] = 36
  t[15.25] = 37
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(4, 23)
  t[22 * 1.1] = 0
  t[-6.25] = 1
  t[-19.75] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[29] = nil
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for j = 1, 4 do t[j * 1] = j end
  t[-2^48] = 8
  t[9] = 9
  t[-2^48] = 10
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-11.75] = nil
  t[1546] = 13
  t[27] = 14
  t[0.25] = nil
  t[27] = 16
  t[true] = 17
  t[-2^48] = nil
  t[14] = 19
  t[27] = 20
  t[14] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^45 + 5] = nil
  for j = 1, 11 do t[j * 3] = j end
  t[-6.25] = nil
  if rawget(t, -19.75) ~= nil then steps(t, -19.75) end
  t[-19.75] = 27
  t[27] = 28
  t[20] = 29
  t[7] = nil
  t[25] = 31
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  t[20] = nil
  t[false] = 35
  t[-21.25] = 36
  t[true] = 37
  if rawget(t, -12) ~= nil then steps(t, -12) end
  t[7] = 39
  t[1/4] = 40
  t[-2^36] = 41
  t[0.25] = 42
  for k, v in pairs(t) do t[k] = v + 1 end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^34] = 45
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [39] = 0, [22] = f(1), [-21] = 2, [23] = 3, 4, [19] = 5, 6, 7 }
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-19] = 1
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  show(t)
  t[#t + 1] = 4
  for j = 1, 8 do t[j * 3] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(3, 29)
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-37] = 2
  t[29] = nil
  t[955] = 4
  t[-22] = 5
  t[340] = 6
  t[13.75] = 7
  t[40] = nil
  t[2^31 + 3] = 9
  if rawget(t, 2^31 + 6) ~= nil then steps(t, 2^31 + 6) end
  if rawget(t, -3) ~= nil then steps(t, -3) end
  if rawget(t, -34) ~= nil then steps(t, -34) end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
