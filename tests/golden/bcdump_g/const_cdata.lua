x = 1LL
y = 1LL
z = 0x10ULL
w = 2i
v = 1.5i
u = 12345678901234567LL
