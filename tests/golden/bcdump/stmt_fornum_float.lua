for i = 0.5, 2.5, 0.5 do f(i) end
for i = 1, 1e10 do break end
for i = -1, -10, -1.5 do end
