local a, b, c = ...
x = a ^ b ^ c
y = -a ^ b
z = a ^ -b
w = 2 ^ 3 ^ 2
v = -2 ^ 2
