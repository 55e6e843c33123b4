x = a + b
y = a * b - c * d
z = a + 1
w = 1 + a
v = x + y + z + w
