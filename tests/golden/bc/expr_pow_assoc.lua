local a, b, c = ...
x = a ^ b ^ c
y = (a ^ b) ^ c
z = a ^ 2 ^ 3
w = 2 ^ a ^ 3
