local t = {f()}
local u = {1, 2, f()}
local v = {x = 1, f()}
local w = {f(), x = 1}
