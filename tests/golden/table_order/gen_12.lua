-- table_order generated program, seed 12
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
  local t = { [1] = 0, [20 * 1.1] = 1, [-36] = 2, 3, 4, [22] = 5, [7] = 6, [1] = 7, [38] = 8, [-36] = 9 }
  t[7] = 0
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-36] = nil
  t[22] = 3
  t[#t + 1] = 4
  t[1] = 5
  t[7] = 6
  show(t)
  t[1031] = 8
  t[1] = 9
  t[22] = 10
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-36] = nil
  t[7] = nil
  t[22] = 14
  t[-36] = nil
  tclear(t)
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[20 * 1.1] = 19
  t[20 * 1.1] = 20
  t[20 * 1.1] = 21
  t[1] = 22
  for j = 1, 5 do t[j * 3] = j end
  t[-36] = 24
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-20.5] = f(0), [4 * 1.1] = 1, f(2) }
  t[false] = nil
  t[#t + 1] = 1
  t[#t + 1] = 2
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-13.25] = 4
  t[15] = 5
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[16.5] = 7
  t[1/5] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
