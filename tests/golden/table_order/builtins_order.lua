-- Library functions that traverse tables follow the same order
local t = {}
for i = 1, 12 do t[i * 7.5] = i end
t[true] = "yes"
table.foreach(t, function(k, v) io.write(tostring(k), "=", tostring(v), " ") end)
print()
local n = 0
for k, v in next, t do n = n + 1 end
print(n, table.maxn(t))
local u = {}
for k, v in pairs(t) do u[v] = k end
print(#u, table.concat(u, " ", 1, 12))
