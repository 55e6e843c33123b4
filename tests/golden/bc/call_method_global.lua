obj:method()
obj.field:method(1)
string.format('%d', 1)
('x'):rep(3)
