for i = 1, 10 do f(i) end
for i = 10, 1, -1 do f(i) end
for i = 1, 10, 2 do end
