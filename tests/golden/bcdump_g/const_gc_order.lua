local function f() end
x = 'a'
local t = {1, 2}
local function g() end
y = 'b'
z = 1LL
