local t = {1, 2, 3}
local u = {'a', 'b'}
local v = {true, false}
local w = {1.5, 2.5}
