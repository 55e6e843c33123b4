local t = {nil}
local u = {nil, nil, 1}
local v = {x = nil}
local w = {1, nil}
