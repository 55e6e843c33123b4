local a, b = ...
x = (a or 1) < (b and 2 or 3)
y = (a == b) == (b == a)
if (a or 1) == 1 then end
