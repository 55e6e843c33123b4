local t = ...
x = t.a.b.c.d
y = t[1][2][3]
z = t.a[1].b[2]
w = t['a']['b']
