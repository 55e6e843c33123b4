return f(1)
