-- upper/lower/reverse over every byte value and over long strings
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
local function bytes(x) return table.concat({ x:byte(1, -1) }, ",") end
print(bytes(s:upper()))
print(bytes(s:lower()))
print(bytes(s:reverse()))
print(("abc\0DEF\255xyz"):upper(), ("abc\0DEF\255xyz"):lower(), ("ab\0c"):reverse())
print(("x"):reverse(), (""):reverse(), (""):upper(), ("A"):lower())
local big = string.rep("aB\200z", 2^18)
local u, l, r = big:upper(), big:lower(), big:reverse()
print(#u, u:sub(1, 8), u == string.rep("AB\200Z", 2^18))
print(#l, l:sub(1, 8), l == string.rep("ab\200z", 2^18))
print(#r, r:sub(1, 8), r == string.rep("z\200Ba", 2^18))
local ascii = string.rep("Hello, World! ", 10000)
print(#ascii:upper(), ascii:upper():sub(1, 14), ascii:lower():sub(1, 14))
