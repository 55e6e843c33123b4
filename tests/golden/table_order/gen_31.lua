-- table_order generated program, seed 31
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
  t[2^30 + 3] = nil
  t[18] = nil
  t[2^30 + 3] = 2
  show(t)
  t[2^50 + 7] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[3.5] = nil
  t[29] = 7
  if rawget(t, -11.25) ~= nil then steps(t, -11.25) end
  t[8] = 9
  t[2^50 + 7] = nil
  t[2^45 + 2] = 11
  t[2^36 + 6] = 12
  t[-2^58] = nil
  t[27] = nil
  tclear(t)
  t[768] = nil
  t[-46] = 17
  t[#t + 1] = 18
  t[39] = 19
  t[32] = 20
  t[2^36 + 6] = nil
  t[2^48 + 6] = 22
  t[-2^58] = 23
  t[2 * 1.1] = 24
  t[#t + 1] = 25
  t[36] = nil
  show(t)
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[2^48 + 6] = 29
  t[-2^58] = 30
  t[34] = 31
  for j = 1, 9 do t[j * 2] = j end
  t[-16] = nil
  t[18] = 34
  t[15.75] = 35
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[137] = 37
  t[768] = 38
  for k, v in pairs(t) do t[k] = v + 1 end
  t[#t + 1] = 40
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { 0 }
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  show(t)
  t[-4] = nil
  t[11] = 3
  t[30] = 4
  t[22] = 5
  t[22] = 6
  for j = 1, 1 do t[j * 5] = j end
  t[-33] = 8
  t[#t + 1] = 9
  t[30] = 10
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  show(t)
  t[-27] = 13
  t[12.75] = nil
  t[-2^21] = 15
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[30] = 17
  t[2] = 18
  t[35] = 19
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[-33] = 21
  t[-15] = nil
  show(t)
  t[12] = 24
  t[2] = nil
  t[30] = 26
  t[-15] = 27
  for k, v in pairs(t) do t[k] = v + 1 end
  t[413] = 29
  for k, v in pairs(t) do t[k] = v + 1 end
  t[18] = nil
  t[#t + 1] = 32
  t[22] = nil
  t[11] = 34
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-1] = nil
  t[18] = nil
  t[30] = nil
  t[-27] = 39
  t[2^33 + 5] = 40
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-15] = 42
  t[-15] = 43
  show(t)
  t[-33] = 45
  if rawget(t, 14.25) ~= nil then steps(t, 14.25) end
  t[35] = 47
  t[11] = nil
  if rawget(t, 12.75) ~= nil then steps(t, 12.75) end
  t[1/6] = 50
  t[22] = 51
  t[14.25] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[12.75] = 54
  t[28] = 55
  t[1] = 56
  t[39] = 57
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = tnew(9, 26)
  t[-2^25] = 0
  t[2^30 + 0] = 1
  t[3] = 2
  t[35] = 3
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[13 * 1.1] = 5
  show(t)
  t[13] = nil
  t[-14.25] = 8
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  show(t)
  t[-14.25] = 11
  t[1764] = nil
  t[2^33 + 2] = 13
  t[21] = 14
  t[13] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  t[32] = nil
  t[1/3] = 18
  t[1/3] = 19
  t[264] = 20
  tclear(t)
  t[-2^25] = 22
  t[1/3] = 23
  t[-14.25] = nil
  t[1764] = 25
  t[-48] = 26
  t[2^30 + 0] = 27
  if rawget(t, 13) ~= nil then steps(t, 13) end
  t[13] = 29
  t[2^30 + 0] = nil
  t[1/3] = 31
  t[13 * 1.1] = 32
  if rawget(t, 13 * 1.1) ~= nil then steps(t, 13 * 1.1) end
  t[#t + 1] = 34
  t[-14.25] = nil
  t[-11] = 36
  t[1370] = nil
  t[13] = nil
  t[#t + 1] = 39
  t[3] = nil
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [1750] = 0, [25] = 1, 2, [24] = 3 }
  t[1/6] = 0
  t[#t + 1] = 1
  t[197] = nil
  show(t)
  t[2^42 + 1] = 4
  t[16] = 5
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[1750] = 7
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^48 + 6] = 9
  for j = 1, 11 do t[j * 1] = j end
  t[#t + 1] = 11
  t[2^42 + 1] = nil
  t[2^48 + 6] = 13
  t[30] = nil
  for j = 1, 8 do t[j * 5] = j end
  for k, v in pairs(t) do t[k] = v + 1 end
  t[17.25] = 17
  t[#t + 1] = 18
  t[15.5] = 19
  if rawget(t, 1/7) ~= nil then steps(t, 1/7) end
  t[8] = 21
  t[30] = 22
  t[16] = 23
  t[#t + 1] = 24
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[1/7] = nil
  t[24] = 27
  t[1/6] = 28
  t[#t + 1] = 29
  t[1802] = 30
  t[false] = 31
  for j = 1, 15 do t[j * 3] = j end
  t[16] = 33
  for k, v in pairs(t) do t[k] = v + 1 end
  show(t)
  show(t)
  t[30] = 37
  t[false] = 38
  for k, v in pairs(t) do t[k] = v + 1 end
  for j = 1, 20 do t[j * 3] = j end
  t[17.25] = 41
  t[15 * 1.1] = nil
  t[25] = 43
  for k in pairs(t) do if k ~= k or true then t[k] = nil end end
  t[2^48 + 6] = 45
  t[15 * 1.1] = nil
  t[8] = nil
  t[-2^32] = nil
  tclear(t)
  t[15.5] = nil
  t[false] = 51
  if rawget(t, 25) ~= nil then steps(t, 25) end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
