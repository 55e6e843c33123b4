local a = {}
x = a.x + a.y
y = a[1] - a[2]
z = a.x * a[1] + a.y / a[2]
w = (a.x + 1) * (a.y - 1) / (a.z % 2)
