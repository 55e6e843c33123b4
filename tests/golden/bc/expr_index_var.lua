local t, k = ...
x = t[k]
y = t[k + 1]
z = t[k][k]
w = t[t[k]]
v = t[k .. 'x']
