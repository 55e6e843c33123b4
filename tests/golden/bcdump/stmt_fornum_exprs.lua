local a, b, c = ...
for i = a, b do f(i) end
for i = a, b, c do f(i) end
for i = a + 1, b * 2, c or 1 do end
for i = f(), g() do end
