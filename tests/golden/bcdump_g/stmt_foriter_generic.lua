local t = ...
for a, b in f, t do end
for a in t:iter() do end
for a, b, c in f(), g() do end
for x in string.gmatch(t, '.') do end
