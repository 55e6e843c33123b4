local a, b = ...
x = (a)
y = (a.x)
z = (f())
w = ((a))
local c = (a + b)
local d, e = (f())
