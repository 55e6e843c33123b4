local t = ...
for k, v in pairs(t) do f(k, v) end
for k in pairs(t) do f(k) end
for k, v, x in pairs(t) do end
