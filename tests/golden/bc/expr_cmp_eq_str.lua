local a = ...
x = a == 'x'
y = a ~= 'x'
z = 'x' == a
w = 'x' ~= a
if a == 'y' then f() end
if a ~= 'y' then f() end
