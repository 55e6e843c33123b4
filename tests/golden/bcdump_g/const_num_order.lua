x = 1.5
y = 2.5
z = 1.5
w = 3.5
local t = {f()}
v = 0.5
