local a, b, c, d = ...
x = a + b * c - d / a % b
y = a - b - c
z = a / b / c
w = a * b + c * d
