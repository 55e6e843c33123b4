local t, a = ...
x = t[a or 1]
t[a and 1 or 2] = a or 3
y = (t or {})[1]
