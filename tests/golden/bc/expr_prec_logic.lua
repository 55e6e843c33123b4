local a, b, c, d = ...
x = a or b and c
y = a and b or c and d
z = (a or b) and (c or d)
w = a and not b or c
