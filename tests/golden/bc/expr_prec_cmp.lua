local a, b, c = ...
x = a < b == c
y = a + 1 < b * 2
z = not a == b
w = not (a == b)
