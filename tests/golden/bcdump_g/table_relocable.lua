local t
t = {}
t = {1}
t = {x = 1}
x = {}
t.a = {}
