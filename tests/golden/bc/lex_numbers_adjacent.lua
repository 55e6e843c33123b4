local a = 1 .. 2
local b = 0x1e+1
local c = 1e1+1
local d = 3-2
