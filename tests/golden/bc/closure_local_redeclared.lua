
local x = 1
local f = function() return x end
local x = 2
local g = function() x = 3 end
