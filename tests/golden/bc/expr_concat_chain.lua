local a, b, c = ...
x = a .. b
y = a .. b .. c
z = a .. 'x' .. b .. 1 .. 2.5
w = (a .. b) .. c
v = a .. (b .. c)
