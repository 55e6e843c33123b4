local a, b, c, d = ...
local x = (a and b) or (c and d)
local y = a and (b and (c and d))
local z = a or (b or (c or d))
t = {a and b, c or d}
f(a and b, c or d)
