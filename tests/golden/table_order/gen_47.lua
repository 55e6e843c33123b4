-- table_order generated program, seed 47
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
  local t = { [440] = 0, [-23] = f(1), [4] = 2, [-23] = f(3) }
  t[4.75] = 0
  t[1089] = 1
  t[4] = 2
  t[4.75] = 3
  t[4] = nil
  t[1089] = nil
  t[-32] = 6
  show(t)
  t[440] = 8
  t[4.75] = 9
  show(t)
  t[4] = 11
  t[-32] = nil
  t[-23] = nil
  if rawget(t, 23) ~= nil then steps(t, 23) end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1089] = 16
  t[1089] = 17
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(4, 38)
  t[37] = nil
  t[10 * 1.1] = 1
  t[#t + 1] = 2
  t[1] = 3
  t[-17.25] = 4
  t[39] = 5
  t[1/3] = 6
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[9.25] = nil
  for j = 1, 15 do t[j * 1] = j end
  t[#t + 1] = 2
  show(t)
  t[27] = nil
  t[#t + 1] = 5
  t[-2^5] = nil
  t[-13] = 7
  t[#t + 1] = 8
  t[22] = 9
  if rawget(t, -32) ~= nil then steps(t, -32) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
