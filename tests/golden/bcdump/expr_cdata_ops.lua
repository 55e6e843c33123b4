local a = 1LL + 2LL
local b = a * 3LL
local c = -4LL
local d = 5ULL
local e = 1i + 2i
local f = -(3i)
local g = not 1LL
if a == 1LL then end
local h = {1LL, x = 2LL}
local i = a .. 1LL
