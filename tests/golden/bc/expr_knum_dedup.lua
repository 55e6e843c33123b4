local a, b
a = 1.5
b = 1.5
a = 2.5
b = 1.5 + a
b = a + 2.5
b = 1e10
a = 1e10
