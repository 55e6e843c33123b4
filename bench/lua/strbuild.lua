-- String building: concatenation, tostring, string.format, table.concat, sub/byte.
local N = tonumber(arg and arg[1]) or 400000
local parts = {}
for i = 1, N do
  parts[#parts + 1] = "item" .. i .. ":" .. (i * 3 % 17)
end
local s = table.concat(parts, ",")
local sum = 0
for i = 1, #s, 7 do sum = sum + s:byte(i) end
local acc = ""
for i = 1, 20000 do
  acc = acc .. string.format("%d;", i % 10)
  if #acc > 1000 then acc = acc:sub(500) end
end
local words = 0
for w in s:gmatch("item%d+") do words = words + 1 end
print(#s, sum, #acc, words)
