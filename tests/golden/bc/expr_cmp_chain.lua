local a, b, c = ...
x = a < b < c
y = (a < b) == (b < c)
z = a == b == c
