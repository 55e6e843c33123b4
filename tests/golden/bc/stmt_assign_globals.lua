x = 1
y, z = 2, 3
x, y = y, x
a, b, c = 1
d, e = f()
g, h, i = 1, f()
