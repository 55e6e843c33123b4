local t = {}
x = {}
f({})
