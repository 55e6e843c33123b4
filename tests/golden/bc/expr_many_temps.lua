local a = ...
x = a + (a + (a + (a + (a + (a + (a + a))))))
y = ((((((a + a) + a) + a) + a) + a) + a)
z = f(a, f(a, f(a, f(a))))
