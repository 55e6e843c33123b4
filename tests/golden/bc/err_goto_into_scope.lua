goto a
local x = 1
::a::
f(x)
