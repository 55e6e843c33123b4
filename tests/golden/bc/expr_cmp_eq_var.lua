local a, b = ...
x = a == b
y = a ~= b
if a == b then f() end
if a ~= b then f() end
if a.x == b.y then f() end
