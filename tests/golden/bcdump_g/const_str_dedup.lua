local a = 'x'
local b = 'x'
local c = 'y'
x = 'x'
y = {x = 'x'}
