local a = ...
x = -(a or 1)
y = not (a or 1)
z = #(a or '')
