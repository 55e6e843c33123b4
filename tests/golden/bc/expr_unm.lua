local a = ...
x = -a
y = -a.x
z = -(a + 1)
w = -f()
v = -'3'
u = -{}
