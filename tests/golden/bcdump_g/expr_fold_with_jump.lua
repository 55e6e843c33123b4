local a = ...
x = (a and 1) + 2
y = 1 + (a or 2)
z = (a and 1 or 2) * 3
