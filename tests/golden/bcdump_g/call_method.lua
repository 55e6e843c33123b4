local t = ...
t:m()
t:m(1, 2)
t:m(...)
t:m(f())
t.a:m()
t.a.b:m('x')
t:m 'x'
t:m {}
