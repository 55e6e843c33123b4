local t = {}
t.x = t.a + t.b
t[1] = t[2] * t[3]
t.y = t.a .. t.b .. t.c
local r = t.a < t.b
