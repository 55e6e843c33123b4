local t = {}
t.x = 1
t[1] = 2
t['y'] = 3
t[t] = 4
t.x, t.y = t.y, t.x
t[1], t[2] = f()
t.a.b = 5
