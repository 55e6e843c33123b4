-- table_order generated program, seed 23
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
  local t = tnew(7, 2)
  t[#t + 1] = 0
  for j = 1, 5 do t[j * 5] = j end
  t[429] = 2
  for k, v in pairs(t) do t[k] = v + 1 end
  t[4] = 4
  t[2^30 + 5] = 5
  tclear(t)
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[4] = nil
  t[#t + 1] = 9
  t[429] = 10
  t[1/8] = nil
  tclear(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[429] = nil
  if rawget(t, 429) ~= nil then steps(t, 429) end
  t[4] = 16
  t[4] = 17
  show(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[4] = nil
  t[429] = 21
  t[-9.75] = 22
  t[2^30 + 5] = 23
  t[2^30 + 5] = 24
  if rawget(t, 4) ~= nil then steps(t, 4) end
  t[429] = 26
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[4] = 28
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-9.75] = 30
  t[#t + 1] = 31
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [10.25] = 0, [39] = f(1), 2 }
  t[-24] = 0
  t[20.5] = 1
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 5
  for j = 1, 3 do t[j * 4] = j end
  t[-4] = 7
  for k, v in pairs(t) do t[k] = v + 1 end
  t[37] = 9
  t[-12] = nil
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
