local a = ...
local t = {a, a.b, f()}
local u = {x = a, y = a.b}
local v = {[a] = 1, [a.b] = 2}
