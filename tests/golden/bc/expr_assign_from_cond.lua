local a, b = ...
local x = a < b
local y = a == b or a == 1
local z = a and b < 1
local w = not (a ~= b)
