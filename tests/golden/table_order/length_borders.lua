-- #t borders of tables with hash parts (array size decided by the same rehashes)
local t = {}
for i = 1, 10 do t[i] = i end
t[12] = 12 t[13] = 13
print(#t)
t[11] = 11
print(#t)
t = {}
t[1] = 1 t[2] = 2 t[4] = 4 t[0.5] = 0
print(#t)
t[3] = 3
print(#t)
t = { [1] = 1, [2] = 2, [3] = 3, [5] = 5 }
print(#t)
t = {}
for i = 1, 8 do t[i] = i end
for i = 1, 8 do t[-i * 0.5] = i end
t[9] = 9 t[10] = 10
print(#t)
for i = 1, 8 do t[-i * 0.5] = nil end
for i = 11, 20 do t[i] = i end
print(#t)
t = {}
for i = 20, 1, -1 do t[i] = i end
print(#t)
t[25] = 25 t[17] = nil
print(#t)
