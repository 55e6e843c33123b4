local a = 1
local function f() return a end
local function g() a = 2 end
