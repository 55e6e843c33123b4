local a = ...
x = a == 1
y = a ~= 1
z = 1.5 == a
w = a ~= 1e10
if a == 0 then f() end
if a ~= -1 then f() end
