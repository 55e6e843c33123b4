local a = ...
x = a + 1
y = a - 1
z = a * 2
w = a / 2
v = a % 2
u = a + 0.5
t = a - 1e10
