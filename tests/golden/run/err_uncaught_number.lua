-- A number as error value gets the position when raised with level 1.
local function f() error(42) end
f()
