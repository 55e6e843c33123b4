local a, b = ...
local x = a and b
local y = a or b
local z = a and b or 0
local w = not a and b
