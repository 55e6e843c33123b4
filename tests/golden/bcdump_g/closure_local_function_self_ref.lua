local function f(n) if n > 0 then return f(n - 1) end return 0 end
local g
g = function(n) return g end
