local a, b = ...
x = a..b
z = a==b
w = a~=b
v = a<=b
u = a>=b
t = a<b
s = a>b
