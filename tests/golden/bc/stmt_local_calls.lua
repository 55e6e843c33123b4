local a = f()
local b, c = f()
local d, e, g = 1, f()
local h, i = f(), 1
local j, k, l = f(), g()
