local t = {[0] = 1, 2, 3}
local u = {[0] = x}
local v = {[-0] = 1}
local w = {[0] = 1}
