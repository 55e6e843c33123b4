local pairs, next = pairs, next
local t = ...
for k, v in pairs(t) do end
for k, v in next, t do end
