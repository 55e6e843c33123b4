local t = {a = 1, b = 2}
local u = {x = 'y'}
local v = {[1] = 1, [2] = 2}
local w = {[true] = 1, [1.5] = 2}
