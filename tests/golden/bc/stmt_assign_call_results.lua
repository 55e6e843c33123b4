local a, b, c
a, b, c = f()
a, b, c = 1, f()
a, b, c = 1, 2, f()
a, b = f(), 1
