-- table_order generated program, seed 8
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
  tclear(t)
  t[1/3] = nil
  t[-16] = 2
  t[-16] = 3
  t[1/6] = 4
  t[96] = 5
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(7, 30)
  t[-14] = nil
  t[24] = nil
  t[1480] = 2
  t[-2^50] = 3
  t[1/3] = nil
  t[-2^50] = nil
  t[28] = 6
  t[1.5] = 7
  show(t)
  t[-14] = nil
  t[24] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
