-- table_order generated program, seed 4
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
  local t = { [12 * 1.1] = 0 }
  t[2^39 + 2] = 0
  show(t)
  if rawget(t, 18.75) ~= nil then steps(t, 18.75) end
  t[31] = 3
  t[21] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[3 * 1.1] = nil
  t[#t + 1] = 7
  t[2^39 + 2] = nil
  t[22] = 9
  t[981] = 10
  t[#t + 1] = 11
  t[12 * 1.1] = 12
  t[22] = nil
  show(t)
  t[981] = 15
  t[2^39 + 2] = nil
  t[12 * 1.1] = nil
  t[#t + 1] = 18
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[2^39 + 2] = 21
  if rawget(t, 981) ~= nil then steps(t, 981) end
  t[21] = 23
  t[21] = 24
  t[#t + 1] = 25
  t[3 * 1.1] = 26
  if rawget(t, 31) ~= nil then steps(t, 31) end
  t[-37] = 28
  t[#t + 1] = 29
  if rawget(t, 12 * 1.1) ~= nil then steps(t, 12 * 1.1) end
  t[-17] = nil
  t[-27] = nil
  if rawget(t, -17) ~= nil then steps(t, -17) end
  t[31] = 34
  show(t)
  t[12 * 1.1] = 36
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-2^3] = 0, [-2] = 1, [5 * 1.1] = 2, [5] = 3, [21] = f(4), [38] = 5, [31] = f(6), [-17] = 7, [1096] = 8, [-44] = f(9), [-5.25] = 10 }
  t[-5.25] = nil
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[#t + 1] = 2
  t[-3.75] = 3
  t[19] = 4
  t[5.75] = 5
  t[21] = 6
  if rawget(t, 31) ~= nil then steps(t, 31) end
  for k in pairs(t) do if k ~= k or false then t[k] = nil end end
  t[-2] = 9
  if rawget(t, 19.25) ~= nil then steps(t, 19.25) end
  t[6] = 11
  t[6] = 12
  t[-2^46] = 13
  t[-2^25] = 14
  t[#t + 1] = 15
  show(t)
  t[5.75] = 17
  if rawget(t, 38) ~= nil then steps(t, 38) end
  t[#t + 1] = 19
  for j = 1, 12 do t[j * 3] = j end
  t[#t + 1] = 21
  show(t)
  t[#t + 1] = 23
  for j = 1, 14 do t[j * 3] = j end
  t[38] = 25
  t[-5.25] = 26
  t[-18] = 27
  t[1096] = 28
  t[-2] = 29
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-23.25] = 31
  t[28 * 1.1] = 32
  t[-15.5] = 33
  t[#t + 1] = 34
  for j = 1, 15 do t[j * 1] = j end
  for j = 1, 11 do t[j * 5] = j end
  t[21.75] = 37
  t[1376] = nil
  for j = 1, 15 do t[j * 3] = j end
  t[2^51 + 2] = 40
  t[#t + 1] = 41
  t[-44] = 42
  for j = 1, 1 do t[j * 5] = j end
  t[947] = 44
  show(t)
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [11 * 1.1] = 0, [40] = f(1), [12] = 2, [16] = f(3), 4, 5, [false] = 6, [15.25] = f(7), [1702] = f(8), [17] = 9 }
  tclear(t)
  t[12] = 1
  t[1] = 2
  t[-16] = 3
  t[1/3] = 4
  tclear(t)
  for k, v in pairs(t) do t[k] = v + 1 end
  t[2^31 + 5] = 7
  t[-24] = nil
  t[-2^39] = nil
  t[6 * 1.1] = 10
  t[1/3] = 11
  t[22] = 12
  t[12] = 13
  t[-7.5] = 14
  t[1051] = 15
  show(t)
  t[1051] = 17
  t[16] = 18
  tclear(t)
  show(t)
  t[2^48 + 6] = 21
  t[-7.5] = 22
  t[2^31 + 5] = 23
  t[6 * 1.1] = 24
  t[2^49 + 2] = 25
  t[152] = 26
  t[-20] = 27
  t[12] = nil
  t[10] = 29
  t[5.5] = nil
  t[2^51 + 1] = 31
  t[-2^39] = 32
  t[17] = 33
  t[16] = 34
  for j = 1, 14 do t[j * 3] = j end
  if rawget(t, 15.25) ~= nil then steps(t, 15.25) end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-16] = 38
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or true then t[k] = nil end end
  t[-12] = 40
  t[1/3] = 41
  t[#t + 1] = 42
  t[true] = 43
  t[false] = 44
  t[#t + 1] = 45
  t[22.25] = 46
  t[-16] = nil
  t[1702] = 48
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
  print('--')
end
do
  local t = { [-22] = 0, [911] = 1, [225] = 2, [-38] = 3, [1/3] = 4, [4] = 5, [-21.25] = 6, [1104] = 7, [17] = 8, 9, [17.25] = 10, [32] = 11 }
  t[4] = nil
  t[911] = nil
  t[225] = nil
  for k, v in pairs(t) do t[k] = v + 1 end
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[911] = 5
  t[17.25] = nil
  t[40] = 7
  if rawget(t, 40) ~= nil then steps(t, 40) end
  t[7] = 9
  t[#t + 1] = 10
  t[-38] = 11
  if rawget(t, 31) ~= nil then steps(t, 31) end
  t[17] = 13
  t[1104] = nil
  t[21 * 1.1] = 15
  show(t)
  t[-5.25] = 17
  t[1809] = 18
  t[314] = nil
  t[2] = 20
  for k, v in pairs(t) do t[k] = v + 1 end
  t[-2^2] = 22
  t[6] = nil
  t[7] = 24
  t[-38] = nil
  t[225] = 26
  t[225] = 27
  t[-5.25] = nil
  t[21 * 1.1] = nil
  if rawget(t, 30) ~= nil then steps(t, 30) end
  t[#t + 1] = 31
  t[-5.25] = 32
  if rawget(t, 21) ~= nil then steps(t, 21) end
  t[-2^56] = 34
  t[-25] = 35
  for j = 1, 14 do t[j * 5] = j end
  t[30] = 37
  t[#t + 1] = 38
  t[#t + 1] = 39
  t[1/3] = 40
  t[6] = 41
  t[-40] = 42
  t[-22] = nil
  t[140] = 44
  t[-22] = 45
  show(t)
  t[#t + 1] = 47
  t[-25] = nil
  t[1/5] = nil
  for k in pairs(t) do if type(k) == 'number' and k % 2 == 0 or false then t[k] = nil end end
  t[-25] = nil
  t[32] = 52
  show(t)
  t[140] = 54
  t[314] = 55
  show(t)
  steps(t, nil)
  do local u = {} for k, v in pairs(t) do u[k] = v end show(u) end
end
