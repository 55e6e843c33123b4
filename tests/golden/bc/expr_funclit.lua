local f = function() end
local g = function(a, b) return a + b end
local h = function(...) return ... end
x = function() return 1 end
f(function() end)
