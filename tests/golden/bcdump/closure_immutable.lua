local a, b = 1, 2
local function f() return a, b end
b = 3
