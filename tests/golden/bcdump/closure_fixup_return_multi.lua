local x = ...
if x == 1 then return end
if x == 2 then return 1, 2 end
if x == 3 then return f() end
if x == 4 then return ... end
local g = function() return x end
if x == 5 then return end
return g
