local a, b, c
a = 1
a, b = 2, 3
a, b = b, a
a, b, c = c, b, a
a, b = f()
a, b, c = 1
