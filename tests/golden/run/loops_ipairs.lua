-- ipairs loops, stepped inline by compiled code: holes, hash-part keys, __index ignored.
local t = {} for i = 1, 1000 do t[i] = i end
local s = 0

for r = 1, 5000 do for _, v in ipairs(t) do s = s + v end end
print(s)
local h = {1, 2, 3, nil, 5}
local n = 0 for i, v in ipairs(h) do n = n + i end print(n)
local mt = setmetatable({}, {__index = function(t, k) return k < 4 and k or nil end})
n = 0 for i, v in ipairs(mt) do n = n + i end print(n)
local big = {} for i = 1, 10 do big[i] = i end big[20] = 20
n = 0 for i in ipairs(big) do n = n + i end print(n)
local hashy = {} hashy[1] = 1 hashy[2] = 2 hashy[3] = 3
n = 0 for i, v, x in ipairs(hashy) do n = n + i + (x or 0) end print(n)
for i = 1, 100 do local q = 0 for k in ipairs({1, 2}) do q = q + k end if i == 100 then print(q) end end
-- The state and control can be anything: only ipairs' own iterator is stepped inline.
local aux = ipairs({})
for r = 1, 60 do
  local q = {}
  for i, v in aux, { 10, 20, 30 }, 1 do q[#q + 1] = i .. "=" .. v end
  local ok, e = pcall(function() for i in aux, nil, 0 do end end)
  local ok2, e2 = pcall(function() for i in aux, {}, "x" do end end)
  if r == 60 then print(table.concat(q, " "), ok, e, ok2, e2) end
end
