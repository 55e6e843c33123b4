-- Table hashing: string and number keys, inserts, lookups, deletions, pairs.
local N = tonumber(arg and arg[1]) or 250000
local t = {}
for i = 1, N do t["k" .. i] = i end
local sum = 0
for round = 1, 5 do
  for i = 1, N, round do sum = sum + (t["k" .. i] or 0) end
end
for i = 1, N, 2 do t["k" .. i] = nil end
local cnt = 0
for _, v in pairs(t) do cnt = cnt + 1; sum = sum + v end
local h = {}
for i = 1, N do h[i * 7.5] = i end
for i = 1, N do sum = sum + h[i * 7.5] end
print(cnt, sum)
