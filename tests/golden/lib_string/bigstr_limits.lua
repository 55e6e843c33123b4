-- results too long for LuaJIT's buffers fail with a catchable error before any work
print(pcall(string.rep, "x", 0x7fffff01))
print(pcall(string.rep, "ab", 2^30))
print(pcall(string.rep, "", 2^30, "ab"))
print(pcall(string.rep, "x", 2^30 + 1, "y"))
print(pcall(string.rep, "x", 2^31))
print(pcall(string.rep, "x", -2^31))
print(string.rep("ab", 3, ","), string.rep("", 3, ","), string.rep("x", 1, ","))
print(string.rep("", 0, ","), string.rep("a", -1), string.rep("", 2^30))
-- many small pieces: gsub, format, concat
local s = string.rep("a", 200000)
local g, n = s:gsub("a", "bc")
print(#g, n, g:sub(1, 6))
g, n = s:gsub("", "-")
print(#g, n)
local t = {}
for i = 1, 100000 do t[i] = i end
local c = table.concat(t, ",")
print(#c, c:sub(1, 20), c:sub(-13))
print(#string.format("%s|%s|%q", s, s, s .. "\0\n"))
