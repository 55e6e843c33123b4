x = t.a
y = t[1]
z = t[k]
w = string.format
v = math.huge
