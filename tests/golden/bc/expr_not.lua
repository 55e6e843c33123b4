local a, b = ...
x = not a
y = not not a
z = not (a and b)
w = not (a or b)
v = not nil
u = not false
t = not true
s = not 0
r = not 'x'
q = not (a == b)
p = not (a < b)
