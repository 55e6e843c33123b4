local t = ...
x = f() .. g()
y = t.a .. t.b .. t[1]
z = f(1) .. t:m() .. 'x'
