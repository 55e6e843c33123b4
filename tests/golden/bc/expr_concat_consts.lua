x = 'a' .. 'b'
y = 1 .. 2
z = 'a' .. 1 .. 'b'
local s = 'x' .. 'y' .. 'z'
