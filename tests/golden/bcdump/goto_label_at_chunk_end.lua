goto e
local x = 1
f(x)
::e::
