local a = ...
local t = {x = a, y = 1}
local u = {1, x = a}
local v = {[1] = a, [2] = 2}
