x = 1.5LL
