local function f() return 1LL end
local function g() return function() return 2i end end
