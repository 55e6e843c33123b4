local a, b = ...
x = a + b
y = a - b
z = a * b
w = a / b
v = a % b
u = a ^ b
t = (a + b) * (a - b)
