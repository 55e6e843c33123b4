local t, i = {}, 1
t[i], i = 1, 2
i, t[i] = 3, 4
t, t.x = nil, 1
t.x, t = 1, nil
local a, b = t, i
a[b], b, a = 1, 2, 3
