x = 1 == 1
y = 'a' == 'b'
z = nil == nil
w = 1 == 'x'
v = true ~= false
