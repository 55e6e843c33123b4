local a = 1
local a = a + 1
do local a = a * 2; x = a end
x = a
local b, b = 1, 2
