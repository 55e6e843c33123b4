local a, b
a, b = 1, 2, 3
a = 1, 2
a, b = f(), g(), h()
x = 1, f()
