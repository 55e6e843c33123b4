-- table.sort: results, the comparator's call sequence and invalid order functions.
local function show(t) return table.concat(t, " ") end
local data = { 5, 3, 8, 1, 9, 2, 7, 4, 6, 0 }
local t = { unpack(data) } table.sort(t) print(show(t))
t = { unpack(data) } table.sort(t, function(a, b) return a > b end) print(show(t))
local log = {}
t = { unpack(data) }
table.sort(t, function(a, b) log[#log + 1] = a .. "<" .. b return a < b end)
print(show(t)) print(#log, table.concat(log, " "))
for n = 0, 12 do
  local s = {}
  for i = 1, n do s[i] = (i * 7) % 5 end
  local calls = 0
  table.sort(s, function(a, b) calls = calls + 1 return a < b end)
  print(n, calls, show(s))
end
local words = { "pear", "Apple", "fig", "banana", "apple", "Fig", "cherry" }
table.sort(words) print(show(words))
table.sort(words, function(a, b) return a:lower() < b:lower() end) print(show(words))
print(pcall(table.sort, { 3, "a", 1 }))
print(pcall(table.sort, { 1, 2, 3 }, function(a, b) return true end))
print(pcall(table.sort, { 5, 4, 3, 2, 1, 0 }, function(a, b) return true end))
print(pcall(table.sort, { 1, 2 }, 42))
print(pcall(table.sort, "x"))
local big = {}
for i = 1, 200 do big[i] = (i * 7919) % 211 end
table.sort(big) print(big[1], big[50], big[100], big[200])
local seen = 0
print(pcall(table.sort, big, function(a, b) seen = seen + 1 if seen > 300 then error("enough") end return a < b end))
local objs = {}
local mt = { __lt = function(a, b) return a.v < b.v end }
for i, v in ipairs({ 3, 1, 2 }) do objs[i] = setmetatable({ v = v }, mt) end
table.sort(objs) print(objs[1].v, objs[2].v, objs[3].v)
t = { 3, 1, 2, nil, 5 } table.sort(t) print(t[1], t[2], t[3], #t)
t = { 1, 1, 1, 1 } table.sort(t, function(a, b) return a <= b end) print(show(t))
