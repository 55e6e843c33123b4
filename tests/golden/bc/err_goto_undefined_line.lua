x = 1

goto missing

y = 2
