local a, b, c = ...
x = a and b or c
y = a or b and c
z = (a or b) and c
w = a and (b or c)
v = a == 1 and b or c
u = a and b == 1 or c ~= 2
