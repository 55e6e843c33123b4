local a = ...
x = - - a
y = not not a
z = -#a
w = #-a
v = not -a
u = -a ^ 2
