-- table_order generated program, seed 45
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
  local t = { [true] = 0, f(1), [480] = f(2), [1702] = f(3), f(4) }
  t[964] = nil
  t[964] = 1
  t[21] = 2
  t[480] = nil
  t[#t + 1] = 4
  t[36] = 5
  if rawget(t, 21) ~= nil then steps(t, 21) end
  t[-48] = 7
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[1/5] = 9
  t[37] = nil
  t[165] = 11
  t[12 * 1.1] = 12
  if rawget(t, 2^41 + 6) ~= nil then steps(t, 2^41 + 6) end
  t[-26] = nil
  t[#t + 1] = 15
  t[#t + 1] = 16
  t[1] = 17
  t[-37] = 18
  t[#t + 1] = 19
  t[6] = 20
  t[#t + 1] = 21
  if rawget(t, 9) ~= nil then steps(t, 9) end
  t[2^44 + 1] = nil
  t[0.25] = 24
  t[1702] = 25
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[-7] = nil
  for j = 1, 15 do t[j * 2] = j end
  t[17 * 1.1] = 2
  for j = 1, 3 do t[j * 5] = j end
  t[18] = nil
  t[#t + 1] = 5
  t[107] = 6
  t[38] = 7
  t[-7.5] = nil
  t[255] = nil
  t[-1] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[5] = 14
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2^43 + 5] = 16
  t[5.5] = nil
  t[2^43 + 5] = 18
  t[-37] = 19
  t[-8] = 20
  t[2^39 + 3] = 21
  t[-17] = 22
  t[38] = 23
  t[#t + 1] = 24
  for j = 1, 8 do t[j * 5] = j end
  t[18] = 26
  t[1995] = nil
  t[-5] = 28
  t[-7.5] = nil
  t[9] = nil
  t[-7] = nil
  t[-39] = 32
  show(t)
  t[6.5] = 34
  t[true] = 35
  t[537] = 36
  t[15] = nil
  t[#t + 1] = 38
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
