local a = ...
x = 1 + a
y = 1 - a
z = 2 * a
w = 2 / a
v = 2 % a
u = 0.5 + a
t = 1e10 - a
