-- table_order generated program, seed 28
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
  local t = tnew(4, 36)
  show(t)
  tclear(t)
  t[15] = 2
  t[#t + 1] = 3
  t[false] = 4
  for j = 1, 2 do t[j * 2] = j end
  show(t)
  t[-2^2] = 7
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[39] = 9
  for j = 1, 16 do t[j * 5] = j end
  t[18] = nil
  t[2^35 + 6] = 12
  t[27] = 13
  t[1.25] = 14
  t[-20] = 15
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[#t + 1] = 17
  t[1.25] = 18
  t[29 * 1.1] = 19
  t[false] = nil
  t[-22.5] = 21
  t[121] = 22
  t[12] = 23
  t[1.25] = 24
  t[#t + 1] = 25
  t[#t + 1] = 26
  t[2^41 + 7] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [21] = 0, [12] = 1, [-7] = 2, [12] = 3, [21] = 4, [2^50 + 2] = 5 }
  t[7 * 1.1] = 0
  t[-7] = 1
  t[31] = 2
  t[7 * 1.1] = 3
  t[2^50 + 2] = 4
  t[#t + 1] = 5
  t[21] = nil
  t[31] = 7
  t[-7] = nil
  t[12] = 9
  t[12] = 10
  t[31] = 11
  t[7 * 1.1] = 12
  t[31] = 13
  t[2^50 + 2] = 14
  t[2^50 + 2] = 15
  show(t)
  t[2^50 + 2] = 17
  t[31] = 18
  t[-7] = 19
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-7] = 21
  t[7 * 1.1] = 22
  t[2^50 + 2] = 23
  t[31] = nil
  t[31] = 25
  t[#t + 1] = 26
  for k, v in pairs(t) do t[k] = v + 1 end
  t[7 * 1.1] = 28
  show(t)
  show(t)
  t[7 * 1.1] = 31
  for j = 1, 18 do t[j * 1] = j end
  t[2^50 + 2] = 33
  t[2^50 + 2] = 34
  t[12] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 37
  t[31] = 38
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for j = 1, 9 do t[j * 4] = j end
  t[21] = nil
  t[21] = 42
  t[21] = 43
  tclear(t)
  t[12] = 45
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = {}
  t[-2^47] = nil
  t[22 * 1.1] = nil
  for j = 1, 16 do t[j * 2] = j end
  t[6] = 3
  t[2^47 + 4] = 4
  t[2^47 + 4] = 5
  tclear(t)
  t[6] = 7
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2] = 9
  t[#t + 1] = 10
  t[2^47 + 4] = nil
  t[2^47 + 4] = nil
  t[-2^47] = 13
  t[1/1] = nil
  t[2] = 15
  t[-2^47] = 16
  t[-2^47] = 17
  t[-45] = 18
  t[6] = nil
  for j = 1, 20 do t[j * 3] = j end
  t[2] = nil
  t[-2^47] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[1/1] = 24
  show(t)
  t[1/1] = nil
  t[6] = 27
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  for k, v in pairs(t) do t[k] = v + 1 end
  tclear(t)
  t[2] = nil
  t[2] = 32
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  tclear(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
