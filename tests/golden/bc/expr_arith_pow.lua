local a, b = ...
x = a ^ 2
y = 2 ^ a
z = a ^ b
w = a ^ 0.5
v = a.x ^ a.y
u = (a + 1) ^ (b - 1)
