local t = {1, [1] = 2}
local u = {x = 1, x = 2}
local v = {[2] = 1, 2, 3}
