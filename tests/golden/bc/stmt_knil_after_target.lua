local a = ...
if a then a = 1 end
local b
local c
while a do a = nil end
local d, e
