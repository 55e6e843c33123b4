local a, b, c = ...
x = a .. b .. c
y = a + b .. c
z = a .. b + c
w = 'x' .. a .. 'y'
