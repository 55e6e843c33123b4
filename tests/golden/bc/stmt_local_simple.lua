local a
local b = 1
local c, d = 1, 2
local e, f = 1
local g, h = 1, 2, 3
local i = nil
local j = true
local k = 'x'
