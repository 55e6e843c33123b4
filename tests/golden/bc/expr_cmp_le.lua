local a, b = ...
x = a <= b
y = a <= 1
z = 1 <= a
if a <= b then f() end
if a <= 1 then f() end
