local a, b = ...
local s = a .. b
local t = a .. b .. a .. b
a = a .. b
b = b .. 'x'
