local a, b = ...
x = a < b and a or b
y = a > b or a == b
z = not (a < b) and b
w = (a < 1) or (b > 2)
